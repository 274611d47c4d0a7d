package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import dev.lectern.model.ModuleRecord;
import dev.lectern.model.ModuleRecord.RecordedVerdict;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Rule;
import dev.lectern.model.Verdict;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code record-verdict-mismatch}: a module record says a lesson's review of some iteration gave a verdict
 * ({@code PASS on iteration 2}) that the lesson's review of that iteration does not give, or names an
 * iteration after the lesson's last review. Reported in the lesson, at that review's verdict (or its last
 * review), since a reviewer deciding on the lesson reads there; once for each iteration, however many of the
 * record's lines repeat it.
 */
final class RecordedVerdicts implements CourseCheck {

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (ModuleRecord record : content.moduleRecords()) {
            Set<String> seen = new HashSet<>();
            for (RecordedVerdict said : record.verdicts()) {
                Optional<Lesson> lesson = content.lesson(said.slug())
                        .filter(l -> l.moduleId().filter(record.moduleId()::equals).isPresent());
                if (lesson.isPresent() && !lesson.get().reviews().isEmpty() && seen.add(said.slug() + "#" + said.iteration())) {
                    check(record, said, lesson.get(), sink);
                }
            }
        }
    }

    private static void check(ModuleRecord record, RecordedVerdict said, Lesson lesson, DiagnosticSink sink) {
        String claim = "module " + record.moduleId() + "'s record (" + record.file() + ":" + said.line() + ") says "
                + "iteration " + said.iteration() + " was " + words(said.kind());
        List<ReviewSection> reviews = lesson.reviews();
        Optional<ReviewSection> review = reviews.stream()
                .filter(r -> r.iteration().filter(i -> i == said.iteration()).isPresent()).findFirst();
        if (review.isPresent()) {
            review.get().verdict().filter(v -> v.kind().filter(k -> k != said.kind()).isPresent())
                    .ifPresent(v -> sink.forFile(lesson.file()).report(Rule.RECORD_VERDICT_MISMATCH, v.line(), v.column(),
                            claim + ", but this review's verdict is " + v.text() + ": add the review that gave it, or "
                                    + "correct the record"));
            return;
        }
        int last = reviews.stream().flatMap(r -> r.iteration().stream()).max(Integer::compare).orElse(reviews.size());
        if (said.iteration() > last) {
            ReviewSection latest = reviews.get(reviews.size() - 1);
            sink.forFile(lesson.file()).report(Rule.RECORD_VERDICT_MISMATCH, latest.line(), 1, claim
                    + ", but this lesson's reviews stop at iteration " + last + ": add that review, or correct the record");
        }
    }

    private static String words(Verdict.Kind kind) {
        return kind.name().replace('_', ' ');
    }
}
