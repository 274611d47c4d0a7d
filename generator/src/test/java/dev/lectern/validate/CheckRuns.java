package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import java.util.List;

/** Runs checks over content and gives their diagnostics formatted, in location order. */
final class CheckRuns {

    private CheckRuns() {
    }

    static List<String> formatted(CourseCheck check, CourseContent content) {
        return formatted(List.of(check), content);
    }

    static List<String> formatted(List<CourseCheck> checks, CourseContent content) {
        DiagnosticCollector sink = new DiagnosticCollector();
        checks.forEach(check -> check.check(content, sink));
        return sink.sorted().stream().map(Diagnostic::format).toList();
    }
}
