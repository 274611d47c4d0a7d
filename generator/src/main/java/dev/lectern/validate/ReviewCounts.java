package dev.lectern.validate;

import dev.lectern.model.FileReporter;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.ReviewSummary;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Rule;

/**
 * {@code review-count-mismatch}: a count in a review's summary that differs from the findings the
 * review lists with that severity, one diagnostic per severity, at the count's line. A severity the
 * summary does not state is not compared (an unreadable summary is a parse diagnostic already).
 */
final class ReviewCounts extends EachReview {

    @Override
    void check(ReviewSection review, FileReporter reporter) {
        if (review.summary().isEmpty()) {
            return;
        }
        for (FindingSeverity severity : FindingSeverity.values()) {
            ReviewSummary.Count stated = review.summary().get().counts().get(severity);
            long listed = review.findingCount(severity);
            if (stated != null && stated.value() != listed) {
                reporter.report(Rule.REVIEW_COUNT_MISMATCH, stated.line(), stated.column(), "summary says " + severity.label() + ": "
                        + stated.value() + ", the review lists " + Findings.count(listed, severity));
            }
        }
    }
}
