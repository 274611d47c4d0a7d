package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source line and caret under a diagnostic, and the text report they make. */
class SourceExcerptsTest {

    @TempDir
    Path temp;

    // a folder inside the temporary one, so the file "outside the content" is still cleaned up
    private Path content;
    private SourceExcerpts excerpts;

    @BeforeEach
    void openExcerpts() throws IOException {
        content = Files.createDirectories(temp.resolve("content"));
        excerpts = SourceExcerpts.of(content);
    }

    private static Diagnostic at(String file, int line, int column) {
        return new Diagnostic(file, line, column, Severity.WARNING, "spaced-em-dash", "an em dash with spaces");
    }

    private void write(String file, String text) throws IOException {
        Path path = content.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void showsTheLineAndACaretUnderTheColumn() throws IOException {
        write("a.md", "# Lesson\nThe cat — the dog.\n");

        assertEquals(List.of(
                "     2 | The cat — the dog.",
                "       |         ^"), excerpts.excerpt(at("a.md", 2, 9)));
    }

    @Test
    void showsNothingForTheWholeFileAMissingFileALineBeyondTheEndOrAPathOutsideTheContent() throws IOException {
        write("a.md", "one\ntwo\n");
        Files.writeString(temp.resolve("content-outside.md"), "secret\n");

        assertEquals(List.of(), excerpts.excerpt(at("a.md", 0, 0)));
        assertEquals(List.of(), excerpts.excerpt(at("missing.md", 1, 1)));
        assertEquals(List.of(), excerpts.excerpt(at("a.md", 4, 1)));
        assertEquals(List.of(), excerpts.excerpt(at("../content-outside.md", 1, 1)));
        assertEquals(List.of(), excerpts.excerpt(at("lessons/a/index.html", 1, 1)));
    }

    @Test
    void showsTheLineWithoutCaretWhenTheColumnIsUnknown() throws IOException {
        write("a.md", "| GANs | INTRODUCED |   \n");

        assertEquals(List.of("     1 | | GANs | INTRODUCED |"), excerpts.excerpt(at("a.md", 1, 0)));
    }

    @Test
    void cutsALongLineAroundTheColumnWithEllipsesOnTheCutSides() throws IOException {
        String line = "a".repeat(150) + "X" + "b".repeat(149);
        write("a.md", line + "\n");

        List<String> middle = excerpts.excerpt(at("a.md", 1, 151));
        assertEquals("     1 | ..." + "a".repeat(40) + "X" + "b".repeat(59) + "...", middle.get(0));
        assertEquals("       | " + " ".repeat(3 + 40) + "^", middle.get(1));

        List<String> start = excerpts.excerpt(at("a.md", 1, 5));
        assertEquals("     1 | " + "a".repeat(100) + "...", start.get(0));
        assertEquals("       |     ^", start.get(1));

        List<String> end = excerpts.excerpt(at("a.md", 1, 300));
        assertEquals("     1 | ..." + "b".repeat(100), end.get(0));
        assertEquals("       | " + " ".repeat(3 + 99) + "^", end.get(1));
    }

    @Test
    void keepsTheCaretUnderItsCharacterPastTabsWideCodePointsAndControlCharacters() throws IOException {
        write("a.md", "\tx\u001b[31m \uD83D\uDE00 y\u202E!\n");

        // column 12 is the 'y': tab, x, ESC, [31m (4), space, the emoji (2 UTF-16 units), space
        assertEquals(List.of(
                "     1 |  x\uFFFD[31m \uD83D\uDE00 y\uFFFD!",
                "       |           ^"), excerpts.excerpt(at("a.md", 1, 12)));
    }

    @Test
    void numbersLinesAsTheParserDoesPastAByteOrderMarkAndCrLineEnds() throws IOException {
        Files.write(content.resolve("a.md"), "\uFEFFone\r\ntwo\rthree\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("     1 | one", "       | ^"), excerpts.excerpt(at("a.md", 1, 1)));
        assertEquals(List.of("     3 | three", "       |   ^"), excerpts.excerpt(at("a.md", 3, 3)));
    }

    @Test
    void aCaretAfterTheEndOfTheLineSitsJustPastIt() throws IOException {
        write("a.md", "short\n");

        assertEquals(List.of("     1 | short", "       |      ^"), excerpts.excerpt(at("a.md", 1, 40)));
    }

    @Test
    void theTextReportPrintsEachDiagnosticWithItsExcerptThenTheSummary() throws IOException {
        write("series-1/lessons/a.md", "**Slug:** `b`\n\nGradientCard (fuchsia): Level 3b\n");
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic("series-1/lessons/a.md", 1, 12, Severity.ERROR, "slug-mismatch",
                        "the slug `b` differs from the file name `a`"),
                new Diagnostic("series-1/lessons/a.md", 3, 15, Severity.WARNING, "unknown-component-color",
                        "GradientCard colour 'fuchsia' is not in the palette"),
                new Diagnostic("course.md", 0, 0, Severity.INFO, "unknown-file", "not published"));

        assertEquals("""
                content/series-1/lessons/a.md:1:12: error[slug-mismatch]: the slug `b` differs from the file name `a`
                     1 | **Slug:** `b`
                       |            ^
                content/series-1/lessons/a.md:3:15: warning[unknown-component-color]: GradientCard colour 'fuchsia' is not in the palette
                     3 | GradientCard (fuchsia): Level 3b
                       |               ^
                content/course.md:0:0: info[unknown-file]: not published
                1 error, 1 warning, 1 info in 2 files
                """, DiagnosticFormats.text(diagnostics, excerpts, "content",
                        DiagnosticFormats.Shown.ALL, ""));
    }

    @Test
    void theSeedsMojibakeWarningPointsAtTheBrokenCharacters() {
        Diagnostic mojibake = new Diagnostic("series-7/module-7-3/lessons/latent-consistency-and-turbo.md", 263, 102,
                Severity.WARNING, "mojibake", "mojibake 'â‰ˆ' read as '≈'");

        // the line has 142 characters: its last 100 are shown, the caret under the 60th of them
        assertEquals(List.of(
                "   263 | ...lation can be decomposed as a low-rank update: W_distilled â‰ˆ W_original + BA. "
                        + "This means you can:\"",
                "       | " + " ".repeat(3 + 59) + "^"),
                SourceExcerpts.of(Repo.content()).excerpt(mojibake));
    }
}
