package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.site.BuildResult;
import dev.lectern.site.CheckResult;
import dev.lectern.site.DiagnosticFormats;
import dev.lectern.site.Engine;
import dev.lectern.testing.SecondLoopback;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern serve} on the command line: what it says when it starts and as it builds. */
class ServeCommandTest {

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();

    /** Runs {@code serve} with {@code args} until its start line is out, then stops it; returns what it printed. */
    private String serveUntilStarted(List<Diagnostic> diagnostics, String... args) throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        LecternCli cli = new LecternCli(cache -> new BuildingEngine(diagnostics), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        String[] command = new String[args.length + 5];
        System.arraycopy(new String[] {"serve", content.toString(), "--out", temp.resolve("out").toString(),
                "--cache=" + temp.resolve("cache")}, 0, command, 0, 5);
        System.arraycopy(args, 0, command, 5, args.length);
        Thread serving = new Thread(() -> cli.execute(command));
        serving.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!err.toString().contains("serving ") && serving.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        String printed = err.toString();
        serving.interrupt();
        serving.join(10_000);
        assertTrue(printed.contains("serving "), printed);
        return printed;
    }

    @Test
    void byDefaultItServesThisMachineOnlyAndSaysWhere() throws Exception {
        String printed = serveUntilStarted(List.of(), "--port", "0");

        assertTrue(printed.lines().anyMatch(line -> line.matches("serving http://127\\.0\\.0\\.1:\\d+/lessons/ \\(Ctrl-C to stop\\)")),
                printed);
    }

    @Test
    void withHostItServesThatAddressAndSaysSoInOneLineWithTheUrl() throws Exception {
        assumeTrue(SecondLoopback.address().isPresent(), "127.0.0.2 cannot be listened on here");

        String printed = serveUntilStarted(List.of(), "--port", "0", "--host", "127.0.0.2");

        assertTrue(printed.lines().anyMatch(line -> line.matches(
                "serving http://127\\.0\\.0\\.2:\\d+/lessons/ to the local network \\(Ctrl-C to stop\\)")), printed);
    }

    @Test
    void controlCharactersInADiagnosticMessageAreEscapedInTheLog() throws Exception {
        Diagnostic texError = new Diagnostic("series-1/lessons/a.md", 3, 0, Severity.WARNING, "tex-error",
                "KaTeX parse error: \u001b[2J\u001b]0;owned\u0007 at\nline\u009b2");

        String printed = serveUntilStarted(List.of(texError), "--port", "0");

        String line = printed.lines().filter(l -> l.contains("tex-error")).findFirst().orElseThrow();
        assertTrue(line.endsWith("warning[tex-error]: KaTeX parse error: \uFFFD[2J\uFFFD]0;owned\uFFFD at\uFFFDline\uFFFD2"),
                line);
        assertFalse(printed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'), printed);
        assertTrue(printed.contains("\n0 errors, 1 warning, 0 infos in 1 file\n"), printed);
    }

    @Test
    void withoutOutItSaysWhichTemporaryFolderHoldsTheSiteAndDeletesItWhenStopped() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        LecternCli cli = new LecternCli(cache -> new WritingEngine(), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        Thread serving = new Thread(() -> cli.execute("serve", content.toString(), "--cache=" + temp.resolve("cache"),
                "--port", "0"));
        serving.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!err.toString().contains("serving ") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        String line = err.toString().lines().filter(l -> l.startsWith("site folder: ")).findFirst().orElseThrow();
        assertTrue(line.endsWith(" (deleted when serve stops)"), line);
        Path site = Path.of(line.substring("site folder: ".length(), line.length() - " (deleted when serve stops)".length()));
        assertTrue(Files.isRegularFile(site.resolve("lessons/index.html")), site.toString());

        serving.interrupt();
        serving.join(10_000);

        assertFalse(Files.exists(site), "the temporary site is deleted: " + site);
    }

    /** Writes a one-page site, as a build would. */
    private static final class WritingEngine implements Engine {
        @Override
        public CheckResult check(Path contentDir) {
            throw new UnsupportedOperationException("serve does not check");
        }

        @Override
        public BuildResult build(Path contentDir, Path outputDir) {
            try {
                Files.writeString(Files.createDirectories(outputDir.resolve("lessons")).resolve("index.html"), "<p>");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new BuildResult(List.of(), List.of(), 1, Optional.empty(), "a");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aPortThatIsTakenIsAUsageErrorThatNamesItAndSaysHowToChooseAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path content = Files.createDirectories(temp.resolve("content"));
            LecternCli cli = new LecternCli(cache -> new BuildingEngine(List.of()), new PrintWriter(new StringWriter()),
                    new PrintWriter(err, true));

            int exit = cli.execute("serve", content.toString(), "--out", temp.resolve("out").toString(),
                    "--cache=" + temp.resolve("cache"), "--port", Integer.toString(taken.getLocalPort()));

            assertEquals(ExitCode.FAILURE, exit);
            String first = err.toString().lines().findFirst().orElseThrow();
            assertTrue(first.startsWith("lectern: cannot listen on 127.0.0.1 port " + taken.getLocalPort() + ": ")
                    && first.endsWith("; choose another port with --port (--port 0 picks a free one)"), first);
        }
    }

    @Test
    void eachRebuildPrintsTheDiagnosticsOfTheFilesItChangedAndTheFilesItLeftWithoutAnyNotTheWholeListAgain() {
        Diagnostic inA = warning("a.md", 3);
        Diagnostic inB = warning("b.md", 5);
        Diagnostic inAMovedDown = warning("a.md", 4);
        Path content = temp.resolve("content");
        ServeCommand.Console console = new ServeCommand.Console(content, new DiagnosticFormats.Shown(100,
                Severity.WARNING), new PrintWriter(err, true));

        List<String> builds = new ArrayList<>();
        for (List<Diagnostic> diagnostics : List.of(List.of(inA, inB), List.of(inAMovedDown, inB), List.of(inB),
                List.of(inB))) {
            int from = err.getBuffer().length();
            console.report(new BuildResult(diagnostics, List.of(), 1, Optional.empty(), "a"));
            builds.add(err.getBuffer().substring(from));
        }
        String a = content.resolve("a.md").toString();
        String b = content.resolve("b.md").toString();

        assertTrue(builds.get(0).contains(a + ":3:1: ") && builds.get(0).contains(b + ":5:1: "), builds.get(0));
        assertTrue(builds.get(1).startsWith(a + ":4:1: ") && !builds.get(1).contains(b), builds.get(1));
        assertTrue(builds.get(1).contains("\n0 errors, 2 warnings, 0 infos in 2 files (above: the files whose "
                + "diagnostics changed; all: the validation page, /lessons/reports/validation.html)\n"), builds.get(1));
        assertEquals(a + ": no diagnostics left\n0 errors, 1 warning, 0 infos in 1 file (above: the files whose "
                + "diagnostics changed; all: the validation page, /lessons/reports/validation.html)\nstages: (total 0 ms); "
                + "wrote 1 file\n", builds.get(2));
        assertEquals("diagnostics unchanged: 0 errors, 1 warning, 0 infos in 1 file\nstages: (total 0 ms); wrote 1 file\n",
                builds.get(3));
    }

    private static Diagnostic warning(String file, int line) {
        return new Diagnostic(file, line, 1, Severity.WARNING, "unknown-component-color",
                "GradientCard colour 'fuchsia' is not in the palette");
    }

    /** Builds nothing and reports the diagnostics it was given, as a build of content with them would. */
    private record BuildingEngine(List<Diagnostic> diagnostics) implements Engine {
        @Override
        public CheckResult check(Path contentDir) {
            throw new UnsupportedOperationException("serve does not check");
        }

        @Override
        public BuildResult build(Path contentDir, Path outputDir) {
            return new BuildResult(diagnostics, List.of(), 0, Optional.empty(), "a");
        }

        @Override
        public void close() {
        }
    }
}
