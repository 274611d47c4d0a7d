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
        LecternMarkdown markdown = new LecternMarkdown();
        try (GuardedParsing guard = new GuardedParsing(2, budget, Duration.ofSeconds(4))) {
            ContentLoader loader = new ContentLoader(new ContentScanner(), guard,
                    new LessonParser(markdown, new PlainEquationTranslator()::toTex), new CourseParser(markdown),
                    new ModulePlanParser(markdown), new ModuleRecordParser(markdown), new SeriesPlanParser(markdown));
            DiagnosticCollector diagnostics = new DiagnosticCollector();
            CourseContent content = loader.load(root, diagnostics);
            return new Loaded(content, diagnostics.sorted());
        }
    }
}
