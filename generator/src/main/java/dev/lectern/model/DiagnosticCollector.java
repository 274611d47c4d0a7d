package dev.lectern.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A thread-safe sink that keeps what it is given, indexed by file; {@link #sorted()} gives a stable
 * order. Pages ask for one file's diagnostics many times during a build, hence the index.
 */
public final class DiagnosticCollector implements DiagnosticSink {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, List<Diagnostic>> byFile = new HashMap<>();

    @Override
    public synchronized void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
        byFile.computeIfAbsent(diagnostic.file(), f -> new ArrayList<>()).add(diagnostic);
    }

    public synchronized List<Diagnostic> sorted() {
        return diagnostics.stream().sorted(Diagnostic.BY_LOCATION).toList();
    }

    /** The diagnostics of one file, sorted. */
    public synchronized List<Diagnostic> of(String file) {
        return byFile.getOrDefault(file, List.of()).stream().sorted(Diagnostic.BY_LOCATION).toList();
    }
}
