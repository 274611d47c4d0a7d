package dev.lectern.validate;

import dev.lectern.model.FileReporter;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Rule;
import dev.lectern.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code verdict-inconsistent}: a PASS verdict (also {@code PASS (with polish notes)}) in a review
 * that lists a CRITICAL or IMPROVEMENT finding, at the verdict's line. Polish findings may pass.
 */
final class VerdictConsistency extends EachReview {

    @Override
    void check(ReviewSection review, FileReporter reporter) {
        Verdict verdict = review.verdict().filter(Verdict::isPass).orElse(null);
        if (verdict == null) {
            return;
        }
        List<String> blocking = new ArrayList<>();
        for (FindingSeverity severity : List.of(FindingSeverity.CRITICAL, FindingSeverity.IMPROVEMENT)) {
            long count = review.findingCount(severity);
            if (count > 0) {
                blocking.add(Findings.count(count, severity));
            }
        }
        if (!blocking.isEmpty()) {
            reporter.report(Rule.VERDICT_INCONSISTENT, verdict.line(), verdict.column(), "verdict '" + verdict.text()
                    + "', but the review lists " + String.join(" and ", blocking));
        }
    }
}
