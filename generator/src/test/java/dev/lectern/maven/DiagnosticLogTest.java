package dev.lectern.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.site.StageTiming;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticLogTest {

    @Test
    void printsEachDiagnosticAtItsOwnLevelInTheCompilerFormatThenTheSummary() {
        RecordingLog log = new RecordingLog();

        new DiagnosticLog(log, "content").report(List.of(
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
    void printsTheStageTimingsAtInfo() {
        RecordingLog log = new RecordingLog();

        new DiagnosticLog(log, "content").timings(List.of(new StageTiming("parse", Duration.ofMillis(41))));

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
