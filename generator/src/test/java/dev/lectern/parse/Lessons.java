package dev.lectern.parse;

import dev.lectern.math.PlainEquationTranslator;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Lesson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Parses lesson text for tests, keeping the diagnostics. */
final class Lessons {
    private static final LecternMarkdown MARKDOWN = new LecternMarkdown();

    record Parsed(Lesson lesson, List<Diagnostic> diagnostics) {
        List<String> formatted() {
            return diagnostics.stream().map(Diagnostic::format).toList();
        }

        List<String> rules() {
            return diagnostics.stream().map(Diagnostic::rule).toList();
        }
    }

    private Lessons() {
    }

    static Parsed parse(String path, String markdown) {
        return parse(path, markdown.getBytes(StandardCharsets.UTF_8));
    }

    static Parsed parse(String path, byte[] bytes) {
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        LessonParser parser = new LessonParser(MARKDOWN, new PlainEquationTranslator()::toTex);
        Lesson lesson = parser.parse(new ContentFile(path, bytes), diagnostics.forFile(path));
        return new Parsed(lesson, diagnostics.sorted());
    }

    static String lesson(String outline) {
        return "# Lesson: Test\n\n**Slug:** `test`\n\n## Phase 3: Design\n\n### Lesson Outline\n\n" + outline;
    }

    static Optional<String> noEquations(String line) {
        return Optional.empty();
    }
}
