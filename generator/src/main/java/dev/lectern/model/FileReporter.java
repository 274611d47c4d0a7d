package dev.lectern.model;

/** Reports diagnostics for one content file, each at its rule's default severity. */
public record FileReporter(String file, DiagnosticSink sink) {

    public void report(Rule rule, int line, int column, String message) {
        sink.report(new Diagnostic(file, line, column, rule.defaultSeverity(), rule.id(), message));
    }
}
