package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Rule;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Runs checks over content and gives their diagnostics formatted, in location order. */
final class CheckRuns {

    private CheckRuns() {
    }

    static List<String> formatted(CourseCheck check, CourseContent content) {
        return formatted(List.of(check), content);
    }

    static List<String> formatted(List<CourseCheck> checks, CourseContent content) {
        return formatted(checks, content, d -> true);
    }

    /** What the standard checks ({@link Validator#standardChecks()}) report under {@code rules}. */
    static List<String> formatted(Set<Rule> rules, CourseContent content) {
        Set<String> ids = rules.stream().map(Rule::id).collect(Collectors.toSet());
        return formatted(Validator.standardChecks(), content, d -> ids.contains(d.rule()));
    }

    private static List<String> formatted(List<CourseCheck> checks, CourseContent content, Predicate<Diagnostic> kept) {
        DiagnosticCollector sink = new DiagnosticCollector();
        checks.forEach(check -> check.check(content, sink));
        return sink.sorted().stream().filter(kept).map(Diagnostic::format).toList();
    }
}
