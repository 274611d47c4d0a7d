package dev.lectern.parse;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Loads a content folder the way the build does, for tests. */
final class Loading {

    record Loaded(CourseContent content, List<Diagnostic> diagnostics) {
    }

    private Loading() {
    }

    static Loaded load(Path root) {
        return load(root, Duration.ofSeconds(60));
    }

    static Loaded load(Path root, Duration budget) {
        try (GuardedParsing guard = new GuardedParsing(2, budget, Duration.ofSeconds(4))) {
            DiagnosticCollector diagnostics = new DiagnosticCollector();
            CourseContent content = ContentLoader.standard(guard).load(root, diagnostics);
            return new Loaded(content, diagnostics.sorted());
        }
    }
}
