package dev.lectern.cli;

import dev.lectern.model.Diagnostic;
import dev.lectern.render.DiagnosticCounts;
import dev.lectern.serve.ServeSession;
import dev.lectern.site.BuildResult;
import dev.lectern.site.DiagnosticFormats;
import dev.lectern.site.Engine;
import dev.lectern.site.SourceExcerpts;
import dev.lectern.site.TerminalText;
import dev.lectern.site.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lectern serve <content-dir>}: the site on localhost (or at {@code --host} on the local network),
 * rebuilt and reloaded on every save.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the content, serves it on localhost and rebuilds on every save; open pages reload.")
final class ServeCommand implements Callable<Integer> {

    private final Engine.Factory engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Option(names = "--port", defaultValue = "8000", paramLabel = "<port>",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--host", paramLabel = "<address>",
            description = "Serve at this address of the machine, to preview on another device of the local network "
                    + "(default: 127.0.0.1, this machine only).")
    private String host;

    @Option(names = "--out", paramLabel = "<dir>",
            description = "Where the site is written (default: a new temporary folder).")
    private Path outputDir;

    ServeCommand(Engine.Factory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        Path contentDir = options.contentDir();
        DiagnosticFormats.Shown shown = options.shown();
        PrintWriter err = spec.commandLine().getErr();
        Console console = new Console(contentDir, shown, err);
        Path site = outputDir != null ? outputDir : temporaryFolder();
        // Ctrl-C stops the JVM: this hook stops serving as an interrupt does, and waits for the cleanup below
        CountDownLatch cleanedUp = new CountDownLatch(1);
        Thread serving = Thread.currentThread();
        Thread onStop = new Thread(() -> {
            serving.interrupt();
            try {
                cleanedUp.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                // the JVM stops anyway
            }
        }, "lectern-serve-stop");
        Runtime.getRuntime().addShutdownHook(onStop);
        try (Engine engine = engines.openLongLived(options.cacheDir());
             ServeSession session = listening(() -> new ServeSession(contentDir, site, address(), port,
                     engine::build, console::report, failure -> {
                         err.println(TerminalText.safe("lectern: rebuild failed: " + failure));
                         err.flush();
                     }))) {
            URI address = session.start();
            if (outputDir == null) {
                err.println("site folder: " + TerminalText.safe(site.toString()) + " (deleted when serve stops)");
            }
            err.println("serving " + address + (host == null ? "" : " to the local network") + " (Ctrl-C to stop)");
            err.flush();
            new CountDownLatch(1).await(); // until the process is stopped
        } catch (InterruptedException stopped) {
            // Ctrl-C, or the caller, stopped serving
        } finally {
            if (outputDir == null) {
                deleteQuietly(site, err);
            }
            cleanedUp.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is what stopped us
            }
        }
        return ExitCode.OK;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("lectern-serve-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path site, PrintWriter err) {
        try {
            Trees.delete(site);
        } catch (IOException e) {
            err.println(TerminalText.safe("lectern: could not delete the temporary site " + site + ": " + e));
            err.flush();
        }
    }

    /** The session, or a usage error when its port cannot be listened on (another serve has it, say). */
    private ServeSession listening(Supplier<ServeSession> session) {
        try {
            return session.get();
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof BindException bind)) {
                throw e;
            }
            throw new ParameterException(spec.commandLine(), e.getMessage() + ": " + bind.getMessage()
                    + "; choose another port with --port (--port 0 picks a free one)"
                    + (host == null ? "" : ", or with --host an address of this machine"));
        }
    }

    private InetAddress address() {
        if (host == null) {
            return InetAddress.getLoopbackAddress();
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--host: no such address: " + host);
        }
    }


    /**
     * What each build prints: the first, every diagnostic (up to {@code --max-diagnostics}); each rebuild,
     * those of the files whose diagnostics it changed, in full, and the files it left without any, so that
     * what a save did is not lost in a course's long list; then the summary over all of them.
     */
    static final class Console {
        private static final String FULL_REPORT = "the validation page, /lessons/reports/validation.html";

        private final Path contentDir;
        private final DiagnosticFormats.Shown shown;
        private final PrintWriter err;
        /** The last build's diagnostics by file; null before the first build. */
        private Map<String, List<Diagnostic>> before;

        Console(Path contentDir, DiagnosticFormats.Shown shown, PrintWriter err) {
            this.contentDir = contentDir;
            this.shown = shown;
            this.err = err;
        }

        /** Called for one build at a time (the session builds one at a time). */
        void report(BuildResult result) {
            List<Diagnostic> all = result.diagnostics();
            Map<String, List<Diagnostic>> byFile = all.stream()
                    .collect(Collectors.groupingBy(Diagnostic::file, TreeMap::new, Collectors.toList()));
            String summary = DiagnosticFormats.Summary.of(all).line();
            SourceExcerpts excerpts = SourceExcerpts.of(contentDir);
            if (before == null) {
                err.print(DiagnosticFormats.listing(all, excerpts, contentDir.toString(), shown, FULL_REPORT));
                err.println(summary);
            } else {
                List<Diagnostic> changed = all.stream()
                        .filter(d -> !byFile.get(d.file()).equals(before.get(d.file()))).toList();
                List<String> cleared = before.keySet().stream().filter(file -> !byFile.containsKey(file)).toList();
                err.print(DiagnosticFormats.listing(changed, excerpts, contentDir.toString(), shown, FULL_REPORT));
                cleared.forEach(file -> err.println(TerminalText.safe(
                        DiagnosticFormats.shown(contentDir.toString(), file)) + ": no diagnostics left"));
                err.println(changed.isEmpty() && cleared.isEmpty() ? "diagnostics unchanged: " + summary
                        : summary + " (above: the files whose diagnostics changed; all: " + FULL_REPORT + ")");
            }
            before = byFile;
            err.println("stages: " + DiagnosticFormats.timings(result.timings()) + "; wrote "
                    + DiagnosticCounts.plural(result.filesWritten(), "file"));
            err.flush();
        }
    }
}
