package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.site.BuildResult;
import dev.lectern.site.CheckResult;
import dev.lectern.site.Engine;
import dev.lectern.site.StageTiming;
import dev.lectern.site.UserCache;
import dev.lectern.validate.Config;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract (exit codes, where output goes, its formats) over a stand-in engine. */
class LecternCliTest {

    private static final Diagnostic COLOUR = new Diagnostic("series-7/lessons/a.md", 3, 1, Severity.WARNING,
            "unknown-color", "GradientCard colour \"fuchsia\" is not in the palette");
    private static final Diagnostic TABLE = new Diagnostic("series-7/lessons/a.md", 9, 1, Severity.ERROR,
            "table-columns", "the prerequisites table has no Status column");

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> calls = new ArrayList<>();

    private int run(List<Diagnostic> diagnostics, String... args) {
        return new LecternCli(cache -> new FakeEngine(cache, diagnostics, calls),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private String content() throws IOException {
        return Files.createDirectories(temp.resolve("content")).toString();
    }

    @Test
    void checkOfCleanContentExitsZeroAndPrintsTheSummaryOnStandardOutput() throws IOException {
        int code = run(List.of(), "check", content());

        assertEquals(0, code);
        assertEquals("0 errors, 0 warnings, 0 infos in 0 files\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void checkWithOnlyWarningsExitsZero() throws IOException {
        assertEquals(0, run(List.of(COLOUR), "check", content()));
    }

    @Test
    void checkOfContentWithAnErrorExitsOneAndPrintsEachDiagnosticUnderTheContentFolder() throws IOException {
        String content = content();

        int code = run(List.of(COLOUR, TABLE), "check", content);

        assertEquals(1, code);
        assertEquals(content + "/series-7/lessons/a.md:9:1: error[table-columns]: the prerequisites table has no Status column\n"
                + content + "/series-7/lessons/a.md:3:1: warning[unknown-color]: GradientCard colour \"fuchsia\" is not in the palette\n"
                + "1 error, 1 warning, 0 infos in 1 file\n", out.toString());
    }

    @Test
    void maxDiagnosticsCapsTheTextReportAndCountsTheRestPerRule() throws IOException {
        String content = content();

        int code = run(List.of(COLOUR, TABLE), "check", content, "--max-diagnostics", "1");

        assertEquals(1, code);
        assertEquals(content + "/series-7/lessons/a.md:9:1: error[table-columns]: the prerequisites table has no Status column\n"
                + "1 more not shown (--max-diagnostics 1):\n"
                + "  1 warning[unknown-color]\n"
                + "every diagnostic: lectern check " + content + " --format json\n"
                + "1 error, 1 warning, 0 infos in 1 file\n", out.toString());
    }

    @Test
    void buildSaysTheValidationPageHoldsWhatTheCapLeftOut() throws IOException {
        Path site = temp.resolve("site");

        run(List.of(COLOUR, TABLE), "build", content(), "--out", site.toString(), "--max-diagnostics", "0");

        assertTrue(err.toString().startsWith("2 more not shown (--max-diagnostics 0):\n  1 error[table-columns]\n"
                + "  1 warning[unknown-color]\nevery diagnostic: " + site.resolve("lessons/reports/validation.html")
                + "\n"), err.toString());
    }

    @Test
    void aNegativeCapIsAUsageError() throws IOException {
        assertEquals(2, run(List.of(), "check", content(), "--max-diagnostics", "-1"));
        assertTrue(err.toString().startsWith("lectern: --max-diagnostics must be 0 or more: -1"), err.toString());
    }

    @Test
    void checkShowsTheSourceLineAndACaretUnderEachDiagnosticItCanLocate() throws IOException {
        String content = content();
        Path lesson = Files.createDirectories(Path.of(content, "series-7/lessons")).resolve("a.md");
        Files.writeString(lesson, "# Lesson: A\n\nGradientCard (fuchsia): Level 3b\n");
        Diagnostic colour = new Diagnostic("series-7/lessons/a.md", 3, 15, Severity.WARNING, "unknown-component-color",
                "GradientCard colour 'fuchsia' is not in the palette");

        int code = run(List.of(colour), "check", content);

        assertEquals(0, code);
        assertEquals(content + "/series-7/lessons/a.md:3:15: warning[unknown-component-color]: GradientCard colour "
                + "'fuchsia' is not in the palette\n"
                + "     3 | GradientCard (fuchsia): Level 3b\n"
                + "       |               ^\n"
                + "0 errors, 1 warning, 0 infos in 1 file\n", out.toString());
    }

    @Test
    void checkAsSarifPrintsOneRunWhoseResultsNameTheFilesUnderTheContentFolder() throws IOException {
        String content = content();

        int code = run(List.of(COLOUR, TABLE), "check", content, "--format", "sarif");

        assertEquals(1, code);
        JsonNode log = new ObjectMapper().readTree(out.toString());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode results = log.get("runs").get(0).get("results");
        assertEquals(List.of("warning", "error"), List.of(results.get(0).get("level").asText(),
                results.get(1).get("level").asText()));
        assertEquals(new ObjectMapper().valueToTree(Map.of("artifactLocation",
                        Map.of("uri", Path.of(content, "series-7/lessons/a.md").toUri().toString()),
                        "region", Map.of("startLine", 9, "startColumn", 1))),
                results.get(1).get("locations").get(0).get("physicalLocation"));
        assertEquals("", err.toString());
    }

    @Test
    void checkAsJsonPrintsExactlyTheDiagnosticsAndTheSummary() throws IOException {
        String content = content();

        int code = run(List.of(TABLE), "check", content, "--format", "json");

        assertEquals(1, code);
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(mapper.valueToTree(Map.of(
                        "diagnostics", List.of(Map.of("file", content + "/series-7/lessons/a.md", "line", 9, "column", 1,
                                "severity", "error", "rule", "table-columns",
                                "message", "the prerequisites table has no Status column")),
                        "summary", Map.of("errors", 1, "warnings", 0, "infos", 0, "files", 1))),
                mapper.readTree(out.toString()));
    }

    @Test
    void checkOfAMissingContentFolderIsAUsageErrorWithoutATrace() {
        String missing = temp.resolve("nowhere").toString();

        int code = run(List.of(), "check", missing);

        assertEquals(2, code);
        assertEquals("lectern: no such content directory: " + missing + "\n"
                + "Try 'lectern check --help' for more information.\n", err.toString());
        assertEquals(List.of(), calls);
    }

    @Test
    void checkOfAFileIsAUsageErrorThatAsksForTheFolderHoldingIt() throws IOException {
        Path course = Path.of(content()).resolve("course.md");
        Files.writeString(course, "# Course\n");

        int code = run(List.of(), "check", course.toString());

        assertEquals(2, code);
        assertEquals("lectern: " + course + " is a file; give the course folder, such as " + course.getParent() + "\n"
                + "Try 'lectern check --help' for more information.\n", err.toString());
        assertEquals(List.of(), calls);
    }

    @Test
    void anUnknownFormatIsAUsageError() throws IOException {
        assertEquals(2, run(List.of(), "check", content(), "--format", "xml"));
        assertTrue(err.toString().startsWith("lectern: Invalid value for option '--format'"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void anUnknownOptionAnUnknownCommandAndNoCommandAreUsageErrors() throws IOException {
        assertEquals(2, run(List.of(), "check", content(), "--colour"));
        assertEquals(2, run(List.of(), "publish", content()));
        assertEquals(2, run(List.of()));
        assertEquals(2, run(List.of(), "build", content()));
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void anIoFailureExitsTwoWithOneLine() throws IOException {
        String content = content();
        int code = new LecternCli(cache -> {
            throw new UncheckedIOException(new NoSuchFileException("/readonly/cache"));
        }, new PrintWriter(out, true), new PrintWriter(err, true)).execute("check", content);

        assertEquals(2, code);
        assertEquals("lectern: I/O error: java.nio.file.NoSuchFileException: /readonly/cache\n", err.toString());
    }

    @Test
    void runningOutOfMemoryExitsTwoWithOneLineSayingHowToGiveTheJvmMore() throws IOException {
        String content = content();
        int code = new LecternCli(cache -> {
            throw new OutOfMemoryError("Java heap space");
        }, new PrintWriter(out, true), new PrintWriter(err, true)).execute("build", content, "--out",
                temp.resolve("site").toString());

        assertEquals(2, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("lectern: out of memory (the JVM's heap is "), err.toString());
        assertTrue(err.toString().contains("LECTERN_JAVA_OPTS=-Xmx4g"), err.toString());
    }

    @Test
    void buildPassesTheFoldersAndReportsOnStandardError() throws IOException {
        String content = content();
        Path site = temp.resolve("site");

        int code = run(List.of(COLOUR), "build", content, "--out", site.toString(), "--cache", temp.resolve("c").toString());

        assertEquals(0, code);
        assertEquals(List.of("open " + temp.resolve("c"), "build " + content + " -> " + site, "close"), calls);
        assertEquals("", out.toString());
        assertEquals(content + "/series-7/lessons/a.md:3:1: warning[unknown-color]: GradientCard colour \"fuchsia\" is not in the palette\n"
                + "0 errors, 1 warning, 0 infos in 1 file\n"
                + "stages: scan 5 ms, render 20 ms (total 25 ms)\n"
                + "wrote 7 files to " + site.resolve("lessons") + "\n", err.toString());
    }

    @Test
    void buildWithContentErrorsExitsOneAndSaysTheOldOutputWasKept() throws IOException {
        String content = content();
        Path site = temp.resolve("site");

        int code = run(List.of(TABLE), "build", content, "--out", site.toString());

        assertEquals(1, code);
        assertTrue(err.toString().endsWith("wrote nothing; " + site.resolve("lessons") + " is as it was\n"), err.toString());
    }

    @Test
    void theDefaultCacheIsTheUsersCacheFolder() throws IOException {
        run(List.of(), "check", content());

        assertEquals("open " + UserCache.folder().orElseThrow(), calls.get(0));
    }

    @Test
    void aUserWithoutAHomeFolderIsAskedForACacheFolderAndNoneIsMadeInTheWorkingFolder() throws Exception {
        // a fresh JVM: user.home is '?' for a user the system has no entry for, as in many containers
        ProcessBuilder lectern = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=?", "-cp", System.getProperty("java.class.path"), LecternCli.class.getName(),
                "check", content()).directory(temp.toFile()).redirectErrorStream(true);
        lectern.environment().remove("XDG_CACHE_HOME");
        Process process = lectern.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(ExitCode.FAILURE, process.waitFor(), printed);
        assertTrue(printed.startsWith("lectern: no cache folder: neither XDG_CACHE_HOME nor the home folder is an "
                + "absolute path; give --cache <dir>\n"), printed);
        assertFalse(Files.exists(temp.resolve("?")));
    }

    @Test
    void failOnWarningFailsARunWithWarningsOnly() throws IOException {
        String content = content();

        assertEquals(0, run(List.of(COLOUR), "check", content, "--fail-on", "error"));
        assertEquals(1, run(List.of(COLOUR), "check", content, "--fail-on", "warning"));
        assertEquals(1, run(List.of(COLOUR), "build", content, "--out", temp.resolve("site").toString(),
                "--fail-on", "warning"));
        assertEquals(2, run(List.of(COLOUR), "check", content, "--fail-on", "info"));
    }

    @Test
    void aBaselineLeavesOutTheDiagnosticsItRecordsSoOnlyNewOnesFail() throws IOException {
        String content = content();
        String baseline = temp.resolve("lectern-baseline.json").toString();

        assertEquals(0, run(List.of(TABLE), "check", content, "--write-baseline", baseline));
        assertEquals("lectern: wrote 1 diagnostic to the baseline " + baseline + "\n", err.toString());
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        int code = run(List.of(TABLE, COLOUR), "check", content, "--baseline", baseline, "--fail-on", "warning");

        assertEquals(1, code);
        assertEquals(content + "/series-7/lessons/a.md:3:1: warning[unknown-color]: GradientCard colour \"fuchsia\" "
                + "is not in the palette\n0 errors, 1 warning, 0 infos in 1 file\n", out.toString());
        assertEquals("lectern: 1 known diagnostic left out (the baseline " + baseline + ")\n", err.toString());
        assertEquals(0, run(List.of(TABLE), "build", content, "--out", temp.resolve("site").toString(),
                "--baseline", baseline));
    }

    @Test
    void anUnusableBaselineIsAOneLineUsageErrorBeforeAnyWork() throws IOException {
        String content = content();
        Path baseline = temp.resolve("baseline.json");
        for (String text : List.of("", "{not json", "{\"lectern-baseline\": 1, \"content\": \"elsewhere\", "
                + "\"diagnostics\": []}")) {
            Files.writeString(baseline, text);
            err.getBuffer().setLength(0);

            assertEquals(2, run(List.of(TABLE), "check", content, "--baseline", baseline.toString()), text);
            assertTrue(err.toString().startsWith("lectern: baseline " + baseline + " "), err.toString());
            assertEquals(2, err.toString().lines().count(), err.toString()); // the reason, then where help is
        }
        assertEquals(2, run(List.of(TABLE), "check", content, "--baseline", temp.resolve("none.json").toString()));
        assertEquals(List.of(), calls);
    }

    /** Returns the given diagnostics; "writes" 7 files unless there is an error. */
    private record FakeEngine(Path cache, List<Diagnostic> diagnostics, List<String> calls) implements Engine {
        FakeEngine {
            calls.add("open " + cache);
        }

        @Override
        public CheckResult check(Path contentDir) {
            calls.add("check " + contentDir);
            return new CheckResult(new CourseContent(Optional.empty(), List.of(), List.of(), List.of(), List.of()),
                    diagnostics, List.of(), Config.LISTED_FROM);
        }

        @Override
        public BuildResult build(Path contentDir, Path outputDir) {
            calls.add("build " + contentDir + " -> " + outputDir);
            boolean failed = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
            return new BuildResult(diagnostics,
                    List.of(new StageTiming("scan", Duration.ofMillis(5)), new StageTiming("render", Duration.ofMillis(20))),
                    failed ? 0 : 7, Optional.empty(), "a");
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }
}
