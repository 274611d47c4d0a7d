package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;

/** One check over the whole course; reports what it finds, never throws for content. */
@FunctionalInterface
public interface CourseCheck {
    void check(CourseContent content, DiagnosticSink sink);
}
