package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Lesson;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Rule;
import java.util.List;

/**
 * {@code iteration-sequence}: the n-th review of a lesson, in document order, must be iteration n,
 * and no review may be dated before the dated review above it; reported at the review's heading. A heading
 * without an iteration number ({@code ## Review — 2026-02-06}) is taken as its place and not reported.
 */
final class IterationSequence implements CourseCheck {

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            FileReporter reporter = sink.forFile(lesson.file());
            List<ReviewSection> reviews = lesson.reviews();
            ReviewSection dated = null;
            for (int i = 0; i < reviews.size(); i++) {
                ReviewSection review = reviews.get(i);
                int place = i + 1;
                review.iteration().filter(n -> n != place).ifPresent(n -> reporter.report(Rule.ITERATION_SEQUENCE,
                        review.line(), 1, "review " + place + " of the lesson is numbered iteration " + n
                                + "; iterations should run 1, 2, 3... in document order"));
                if (review.date().isEmpty()) {
                    continue;
                }
                if (dated != null && review.date().get().isBefore(dated.date().get())) {
                    reporter.report(Rule.ITERATION_SEQUENCE, review.line(), 1, "review dated " + review.date().get()
                            + " comes after the review of " + dated.date().get() + " (line " + dated.line()
                            + "); dates should not go backwards");
                }
                dated = review;
            }
        }
    }
}
