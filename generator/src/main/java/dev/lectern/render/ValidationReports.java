package dev.lectern.render;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import java.util.List;

/**
 * The validation report of a build, worked out once: the course index (its lessons' notices) and the
 * validation page show the same report, and building it looks at every lesson. Remembers the last
 * one, for the very same content and equal diagnostics; anything else builds a new one.
 */
public final class ValidationReports {
    private record Last(CourseContent content, List<Diagnostic> diagnostics, ValidationReport report) {
    }

    private Last last;

    public synchronized ValidationReport of(CourseContent content, List<Diagnostic> diagnostics) {
        if (last == null || last.content() != content || !last.diagnostics().equals(diagnostics)) {
            last = new Last(content, List.copyOf(diagnostics), ValidationReport.of(content, diagnostics));
        }
        return last.report();
    }
}
