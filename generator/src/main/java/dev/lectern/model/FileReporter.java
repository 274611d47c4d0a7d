package dev.lectern.model;

/** Reports diagnostics for one content file. */
public record FileReporter(String file, DiagnosticSink sink) {

    public void warning(int line, int column, String rule, String message) {
        sink.report(new Diagnostic(file, line, column, Severity.WARNING, rule, message));
    }

    public void error(int line, int column, String rule, String message) {
        sink.report(new Diagnostic(file, line, column, Severity.ERROR, rule, message));
    }

    public void info(int line, int column, String rule, String message) {
        sink.report(new Diagnostic(file, line, column, Severity.INFO, rule, message));
    }
}
