package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline knows diagnostics by rule, file and source line text, and refuses files it cannot use. */
class BaselineTest {
    private static final String LESSON = "series-1/lessons/a.md";

    @TempDir
    Path project;

    private Path content() throws IOException {
        Path lesson = Files.createDirectories(project.resolve("content/series-1/lessons")).resolve("a.md");
        Files.writeString(lesson, "# Lesson: A\n\nGradientCard (fuchsia): one\nGradientCard (fuchsia): two\n");
        return project.resolve("content");
    }

    private static Diagnostic colour(int line) {
        return new Diagnostic(LESSON, line, 15, Severity.WARNING, "unknown-component-color", "not in the palette");
    }

    @Test
    void aDiagnosticStaysKnownWhenLinesAboveItShiftItsLineNumber() throws Exception {
        Path content = content();
        Path file = project.resolve("lectern-baseline.json");
        Baseline.write(file, content, List.of(colour(3)));
        Files.writeString(content.resolve(LESSON), "# Lesson: A\n\nNew paragraph.\n\nGradientCard (fuchsia): one\n"
                + "GradientCard (fuchsia): two\n");

        Baseline.Applied applied = Baseline.read(file, content).apply(List.of(colour(5), colour(6)));

        assertEquals(List.of(colour(6)), applied.reported());
        assertEquals(1, applied.covered());
    }

    @Test
    void aKeyRecordedOnceCoversOneDiagnosticOnly() throws Exception {
        Path content = content();
        Path file = project.resolve("b.json");
        Diagnostic other = new Diagnostic(LESSON, 3, 1, Severity.WARNING, "spaced-em-dash", "spaced");
        Baseline.write(file, content, List.of(colour(3)));

        Baseline.Applied applied = Baseline.read(file, content).apply(List.of(colour(3), colour(3), other));

        assertEquals(List.of(colour(3), other), applied.reported());
        assertEquals(Optional.of("1 known diagnostic left out (the baseline " + file + ")"), applied.leftOut(file));
    }

    @Test
    void aBaselineThatCoversNothingSaysNothing() throws Exception {
        Path content = content();
        Path file = project.resolve("c.json");
        Baseline.write(file, content, List.of(colour(3), colour(4)));

        Baseline.Applied none = Baseline.read(file, content).apply(List.of());
        Baseline.Applied both = Baseline.read(file, content).apply(List.of(colour(3), colour(4)));

        assertEquals(Optional.empty(), none.leftOut(file));
        assertEquals(Optional.of("2 known diagnostics left out (the baseline " + file + ")"), both.leftOut(file));
    }

    @Test
    void theFileRecordsTheContentFolderRelativeToItselfAndEachKeySorted() throws Exception {
        Path content = content();
        Path file = project.resolve("ci/baseline.json");

        Baseline.write(file, content, List.of(colour(4), colour(3), colour(3)));

        String text = Files.readString(file);
        assertEquals(true, text.contains("\"content\" : \"../content\""), text);
        assertEquals(2, text.split("\"count\"").length - 1, text);
        assertEquals(List.of(), Baseline.read(file, content).apply(List.of(colour(3), colour(4), colour(3))).reported());
    }

    @Test
    void aMissingEmptyInvalidOrForeignBaselineIsUnusableWithOneLineSayingWhy() throws IOException {
        Path content = content();
        Path file = project.resolve("baseline.json");
        assertEquals("baseline " + file + " does not exist (write one with --write-baseline " + file + ")",
                assertThrows(Baseline.Unusable.class, () -> Baseline.read(file, content)).getMessage());

        Files.writeString(file, "  \n");
        assertEquals("baseline " + file + " is empty (write one with --write-baseline " + file + ")",
                assertThrows(Baseline.Unusable.class, () -> Baseline.read(file, content)).getMessage());

        Files.writeString(file, "{\"lectern-baseline\": 1,\n \"content\": ");
        assertEquals(true, assertThrows(Baseline.Unusable.class, () -> Baseline.read(file, content)).getMessage()
                .startsWith("baseline " + file + " is not valid JSON (line 2, column "));

        Files.writeString(file, "[1, 2]");
        assertEquals("baseline " + file + " is not a Lectern baseline (expected {\"lectern-baseline\": 1, "
                        + "\"content\": ..., \"diagnostics\": [...]})",
                assertThrows(Baseline.Unusable.class, () -> Baseline.read(file, content)).getMessage());

        Path other = Files.createDirectories(project.resolve("other-course"));
        Baseline.write(file, other, List.of());
        assertEquals("baseline " + file + " was made for the content folder 'other-course', not " + content
                        + " (write one for this course with --write-baseline)",
                assertThrows(Baseline.Unusable.class, () -> Baseline.read(file, content)).getMessage());

        Files.writeString(file, "{\"lectern-baseline\": 1, \"content\": \"content\", \"diagnostics\": [{\"file\": 3}]}");
        assertEquals("baseline " + file + " has an entry that is not {\"file\", \"rule\", \"source\", \"count\"}: "
                + "{\"file\":3}", assertThrows(Baseline.Unusable.class, () -> Baseline.read(file, content)).getMessage());
    }
}
