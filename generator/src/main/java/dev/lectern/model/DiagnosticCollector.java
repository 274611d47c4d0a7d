package dev.lectern.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A thread-safe sink that keeps what it is given, indexed by file; {@link #sorted()} gives a stable
 * order. Pages ask for one file's diagnostics many times during a build, hence the index. A diagnostic
 * equal to one already kept (the same place, rule and message, as when two pages typeset the same
 * text) is kept once: the second says nothing new and would be counted twice.
 */
public final class DiagnosticCollector implements DiagnosticSink {
    /** In the order reported, which {@link #sorted()} keeps among diagnostics that differ only in severity. */
    private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
    private final Map<String, List<Diagnostic>> byFile = new HashMap<>();

    @Override
    public synchronized void report(Diagnostic diagnostic) {
        if (diagnostics.add(diagnostic)) {
            byFile.computeIfAbsent(diagnostic.file(), f -> new ArrayList<>()).add(diagnostic);
        }
    }

    public synchronized List<Diagnostic> sorted() {
        return diagnostics.stream().sorted(Diagnostic.BY_LOCATION).toList();
    }

    /** The diagnostics of one file, sorted. */
    public synchronized List<Diagnostic> of(String file) {
        return byFile.getOrDefault(file, List.of()).stream().sorted(Diagnostic.BY_LOCATION).toList();
    }
}
