package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import java.util.List;

/** Runs the course checks in order. */
public final class Validator {
    private final List<CourseCheck> checks;

    public Validator(List<CourseCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checks that come with Lectern. */
    public static Validator standard() {
        return new Validator(List.of(new LessonReferences()));
    }

    public void validate(CourseContent content, DiagnosticSink sink) {
        for (CourseCheck check : checks) {
            check.check(content, sink);
        }
    }
}
