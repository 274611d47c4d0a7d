package dev.lectern.validate;

import dev.lectern.model.Course;
import dev.lectern.model.Course.ModuleEntry;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import dev.lectern.model.Publishability;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Rule;
import dev.lectern.model.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code course-status-mismatch}: course.md's module table calls a module complete while lessons of it in the
 * content have no PASS verdict (drafts). Reported at the module's status in course.md, which is what is wrong
 * until they pass, naming each such lesson with its latest verdict and where it is, so the reviewer need not
 * open every lesson of the module to find them.
 */
final class CourseStatuses implements CourseCheck {
    /** A status that says the module is done: {@code complete}, {@code Completed}, {@code done}. */
    private static final Pattern COMPLETE = Pattern.compile("(?i)^\\W*(?:complete|completed|done|finished)\\b");

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        content.course().ifPresent(course -> course.modules().stream()
                .filter(module -> COMPLETE.matcher(module.status().plain()).find())
                .forEach(module -> check(course, module, content, sink)));
    }

    private static void check(Course course, ModuleEntry module, CourseContent content, DiagnosticSink sink) {
        List<Lesson> lessons = content.lessons().stream()
                .filter(l -> l.moduleId().filter(module.id()::equals).isPresent()).toList();
        List<Lesson> drafts = lessons.stream().filter(l -> !Publishability.of(l, List.of()).passed()).toList();
        if (drafts.isEmpty()) {
            return;
        }
        List<String> named = drafts.stream().map(CourseStatuses::latest).toList();
        boolean one = drafts.size() == 1;
        sink.forFile(course.file()).report(Rule.COURSE_STATUS_MISMATCH, module.line(), module.status().column(),
                "module " + module.id() + " is '" + module.status().plain().strip() + "', but " + drafts.size() + " of its "
                        + lessons.size() + " lesson" + (lessons.size() == 1 ? "" : "s") + " in the content "
                        + (one ? "has" : "have") + " no PASS verdict: " + String.join(", ", named)
                        + "; the status should wait until " + (one ? "it passes" : "they pass"));
    }

    /** {@code 'what-is-learning' (latest verdict NEEDS REVISION, series-1/.../what-is-learning.md:127)}. */
    private static String latest(Lesson lesson) {
        Optional<ReviewSection> review = lesson.latestReview();
        Optional<Verdict> verdict = review.flatMap(ReviewSection::verdict);
        String said = verdict.map(v -> "latest verdict " + v.text() + ", " + lesson.file() + ":" + v.line())
                .or(() -> review.map(r -> "its latest review gives no verdict, " + lesson.file() + ":" + r.line()))
                .orElse("not reviewed, " + lesson.file());
        return "'" + lesson.slug() + "' (" + said + ")";
    }
}
