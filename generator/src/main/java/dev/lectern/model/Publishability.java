package dev.lectern.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a lesson may be published, and why not: its latest review's verdict is a PASS (in any
 * wording: {@code PASS (with polish notes)} is one) and it has no error-level diagnostic. The one
 * definition the reports and the student pages use.
 *
 * @param verdict   the latest verdict as written; empty when the lesson was never reviewed or the
 *                  review gives none
 * @param errors    the lesson's error-level diagnostics
 * @param blocking  the open findings of the latest review ({@link Lesson#openFindings()}) that stand between the
 *                  lesson and a PASS: a CRITICAL one always, an IMPROVEMENT one while the verdict is not a PASS
 * @param fixed     whether the latest review lists findings and none is still open: what is missing is a review
 *                  of the revised lesson
 */
public record Publishability(boolean publishable, boolean passed, Optional<String> verdict, List<Diagnostic> errors,
                             List<Finding> blocking, boolean fixed) {
    public Publishability {
        errors = List.copyOf(errors);
        blocking = List.copyOf(blocking);
    }

    /** @param own the lesson's diagnostics, at the severities the rule policy gave them */
    public static Publishability of(Lesson lesson, List<Diagnostic> own) {
        Optional<ReviewSection> latest = lesson.latestReview();
        Optional<Verdict> verdict = latest.flatMap(ReviewSection::verdict);
        boolean passed = verdict.filter(Verdict::isPass).isPresent();
        List<Diagnostic> errors = own.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        List<Finding> open = lesson.openFindings();
        List<Finding> blocking = open.stream()
                .filter(f -> f.is(FindingSeverity.CRITICAL) || !passed && f.is(FindingSeverity.IMPROVEMENT)).toList();
        boolean fixed = open.isEmpty() && latest.filter(review -> !review.findings().isEmpty()).isPresent();
        return new Publishability(passed && errors.isEmpty(), passed, verdict.map(Verdict::text), errors, blocking,
                fixed);
    }

    /** Why the lesson is not publishable, one reason a line; empty when it is. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (!passed) {
            reasons.add(verdict.map(v -> "the latest verdict is " + v + ", not PASS" + (fixed
                            ? "; none of its findings is still open: a review of the revised lesson is what is missing"
                            : "")).orElse("it has no review verdict"));
        }
        if (!errors.isEmpty()) {
            reasons.add(errors.size() == 1 ? "1 error" : errors.size() + " errors");
        }
        return reasons;
    }
}
