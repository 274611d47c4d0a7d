package dev.lectern.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One content problem, located. Content errors are values of this type, never exceptions.
 *
 * @param file   path of the content file, relative to the content root, with '/' separators
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column where the problem is (a cell's, a field value's, a formula's first character),
 *               counted in UTF-16 units with a tab as one, as editors' "go to line:column" and SARIF count;
 *               0 for the whole file, or on a line where the reader cannot tell the column
 * @param rule   a stable rule id such as {@code unknown-depth}
 */
public record Diagnostic(String file, int line, int column, Severity severity, String rule, String message) {

    public static final Comparator<Diagnostic> BY_LOCATION = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    /** {@code file:line:col: warning[rule]: message}, the format every report starts from. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + "[" + rule + "]: " + message;
    }
}
