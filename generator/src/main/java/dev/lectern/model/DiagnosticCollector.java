package dev.lectern.model;

import java.util.ArrayList;
import java.util.List;

/** A thread-safe sink that keeps what it is given; {@link #sorted()} gives a stable order. */
public final class DiagnosticCollector implements DiagnosticSink {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    @Override
    public synchronized void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public synchronized List<Diagnostic> sorted() {
        return diagnostics.stream().sorted(Diagnostic.BY_LOCATION).toList();
    }

    public synchronized boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
