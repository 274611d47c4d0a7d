package dev.lectern.parse;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import java.nio.file.Path;
import java.util.List;

/** Loads a content folder the way the build does, for tests. */
final class Loading {

    record Loaded(CourseContent content, List<Diagnostic> diagnostics) {
    }

    private Loading() {
    }

    static Loaded load(Path root) {
        try (GuardedParsing guard = new GuardedParsing(2)) {
            DiagnosticCollector diagnostics = new DiagnosticCollector();
            CourseContent content = ContentLoader.standard(guard).load(root, diagnostics);
            return new Loaded(content, diagnostics.sorted());
        }
    }
}
