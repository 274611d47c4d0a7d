package dev.lectern.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.site.SourceExcerpts;
import dev.lectern.site.StageTiming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticLogTest {

    @Test
    void printsEachDiagnosticAtItsOwnLevelInTheCompilerFormatThenTheSummary(@TempDir Path emptyContent) {
        RecordingLog log = new RecordingLog();

        new DiagnosticLog(log, "content", SourceExcerpts.of(emptyContent), Severity.INFO).report(List.of(
                new Diagnostic("a.md", 3, 1, Severity.WARNING, "unknown-color", "fuchsia is not in the palette"),
                new Diagnostic("a.md", 9, 2, Severity.ERROR, "table-columns", "no Status column"),
                new Diagnostic("b.md", 0, 0, Severity.INFO, "planned-lesson", "the-speed-landscape is planned")));

        assertEquals(List.of(
                "warn: content/a.md:3:1: warning[unknown-color]: fuchsia is not in the palette",
                "error: content/a.md:9:2: error[table-columns]: no Status column",
                "info: content/b.md:0:0: info[planned-lesson]: the-speed-landscape is planned",
                "info: Lectern: 1 error, 1 warning, 1 info in 2 files"), log.lines);
    }

    @Test
    void leavesOutWhatIsLessSevereThanAskedForAndSaysHowManyAndHowToSeeThem(@TempDir Path emptyContent) {
        RecordingLog log = new RecordingLog();

        new DiagnosticLog(log, "content", SourceExcerpts.of(emptyContent), Severity.WARNING).report(List.of(
                new Diagnostic("a.md", 3, 1, Severity.WARNING, "unknown-color", "fuchsia is not in the palette"),
                new Diagnostic("b.md", 0, 0, Severity.INFO, "planned-lesson", "the-speed-landscape is planned")));

        assertEquals(List.of(
                "warn: content/a.md:3:1: warning[unknown-color]: fuchsia is not in the palette",
                "info: Lectern: 1 more not shown (minSeverity warning; -Dlectern.minSeverity=info shows them, as the "
                        + "validation page does)",
                "info: Lectern: 0 errors, 1 warning, 1 info in 2 files"), log.lines);
    }

    @Test
    void printsTheSourceLineAndCaretAtTheDiagnosticsLevelSoTheyStayAligned(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("a.md"), "# Lesson\n\nGradientCard (fuchsia): Level 3b\n");
        RecordingLog log = new RecordingLog();

        new DiagnosticLog(log, "content", SourceExcerpts.of(content), Severity.INFO).report(List.of(
                new Diagnostic("a.md", 3, 15, Severity.WARNING, "unknown-component-color", "'fuchsia' is not in the palette"),
                new Diagnostic("a.md", 1, 1, Severity.ERROR, "slug-mismatch", "slug differs")));

        assertEquals(List.of(
                "warn: content/a.md:3:15: warning[unknown-component-color]: 'fuchsia' is not in the palette",
                "warn:      3 | GradientCard (fuchsia): Level 3b",
                "warn:        |               ^",
                "error: content/a.md:1:1: error[slug-mismatch]: slug differs",
                "error:      1 | # Lesson",
                "error:        | ^",
                "info: Lectern: 1 error, 1 warning, 0 infos in 1 file"), log.lines);
    }

    @Test
    void printsTheStageTimingsAtInfo(@TempDir Path emptyContent) {
        RecordingLog log = new RecordingLog();

        new DiagnosticLog(log, "content", SourceExcerpts.of(emptyContent), Severity.INFO).timings(List.of(new StageTiming("parse", Duration.ofMillis(41))));

        assertEquals(List.of("info: Lectern stages: parse 41 ms (total 41 ms)"), log.lines);
    }

    @Test
    void showsTheContentFolderRelativeToTheProjectWhenItIsInside() {
        Path project = Path.of("/work/course");

        assertEquals("content", DiagnosticLog.display(project, project.resolve("content")));
        assertEquals("docs/content", DiagnosticLog.display(project, Path.of("/work/course/docs/./content")));
        assertEquals(".", DiagnosticLog.display(project, project));
        assertEquals("/elsewhere/content", DiagnosticLog.display(project, Path.of("/elsewhere/content")));
    }
}
