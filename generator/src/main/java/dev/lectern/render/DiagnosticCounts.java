package dev.lectern.render;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** How many diagnostics of each severity. */
public record DiagnosticCounts(long errors, long warnings, long infos) {

    public static DiagnosticCounts of(List<Diagnostic> diagnostics) {
        return new DiagnosticCounts(count(diagnostics, Severity.ERROR), count(diagnostics, Severity.WARNING),
                count(diagnostics, Severity.INFO));
    }

    public long total() {
        return errors + warnings + infos;
    }

    /** The counts that are not zero: {@code 1 error, 9 warnings}; empty when there are none. */
    public String text() {
        List<String> parts = new ArrayList<>();
        addCount(parts, errors, "error");
        addCount(parts, warnings, "warning");
        addCount(parts, infos, "info");
        return String.join(", ", parts);
    }

    /** {@code 1 error}, {@code 2 errors}. */
    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static void addCount(List<String> parts, long n, String word) {
        if (n > 0) {
            parts.add(plural(n, word));
        }
    }

    private static long count(List<Diagnostic> diagnostics, Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
