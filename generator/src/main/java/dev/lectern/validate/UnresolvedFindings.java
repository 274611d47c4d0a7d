package dev.lectern.validate;

import dev.lectern.model.Block;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Finding;
import dev.lectern.model.Lesson;
import dev.lectern.model.Part;
import dev.lectern.model.ResolutionCheckTable;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Rule;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code finding-unresolved}: a finding of one review that the next review's resolution check does
 * not list, reported at the finding. The check is the table the parser read as the resolution check
 * ({@code ### Iteration 1 Resolution Check}), else a table of the same shape under another heading
 * of that review ({@code ### Iteration 1 Fix Verification}) whose heading names the previous
 * iteration or no iteration. A review without such a table (none, or a verification in prose) is
 * not checked: there is nothing to hold the findings against.
 */
final class UnresolvedFindings implements CourseCheck {
    private static final Pattern ITERATION = Pattern.compile("\\bIteration\\s+(\\d+)", Pattern.CASE_INSENSITIVE);

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            FileReporter reporter = sink.forFile(lesson.file());
            List<ReviewSection> reviews = lesson.reviews();
            for (int k = 1; k < reviews.size(); k++) {
                ReviewSection previous = reviews.get(k - 1);
                ReviewSection review = reviews.get(k);
                int previousNumber = previous.iteration().orElse(k);
                Optional<ResolutionCheckTable> table = table(review, previousNumber);
                if (table.isEmpty()) {
                    continue;
                }
                for (Finding finding : FindingTitles.unmatched(previous.findings(), table.get().rows())) {
                    reporter.report(Rule.FINDING_UNRESOLVED, finding.line(), finding.title().column(), "finding " + Findings.title(finding)
                            + " of " + Findings.iteration(previous, k) + " is missing from the resolution check of "
                            + Findings.iteration(review, k + 1) + " (line " + table.get().line() + ")");
                }
            }
        }
    }

    private static Optional<ResolutionCheckTable> table(ReviewSection review, int previousNumber) {
        if (review.resolutionCheck().isPresent()) {
            return review.resolutionCheck();
        }
        for (Part part : review.parts()) {
            Matcher named = ITERATION.matcher(part.heading().plain());
            if (named.find() && Integer.parseInt(named.group(1)) != previousNumber) {
                continue;
            }
            for (Block block : part.blocks()) {
                if (block instanceof ResolutionCheckTable table) {
                    return Optional.of(table);
                }
            }
        }
        return Optional.empty();
    }
}
