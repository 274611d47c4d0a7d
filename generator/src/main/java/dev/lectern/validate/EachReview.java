package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Lesson;
import dev.lectern.model.ReviewSection;

/** A check of every review on its own, whatever the reviews around it say. */
abstract class EachReview implements CourseCheck {

    abstract void check(ReviewSection review, FileReporter reporter);

    @Override
    public final void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            FileReporter reporter = sink.forFile(lesson.file());
            lesson.reviews().forEach(review -> check(review, reporter));
        }
    }
}
