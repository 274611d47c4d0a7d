package dev.lectern.cli;

import dev.lectern.math.MathEngineUnavailableException;
import dev.lectern.site.UnsafeOutputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;

/**
 * {@code java -jar lectern.jar build|check|serve ...}. Exit codes are in {@link ExitCode}; no content
 * problem or usage error ever ends in a stack trace.
 */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = LecternCli.Version.class,
        description = "Publishes course lesson specifications as a static site.",
        synopsisSubcommandLabel = "(build | check | serve | daemon)")
public final class LecternCli implements Runnable {

    private final CommandLine commandLine;

    /** @param engines how the commands open Lectern: {@code Engine::lectern}, or a stand-in in tests */
    public LecternCli(Engine.Factory engines, PrintWriter out, PrintWriter err) {
        this(engines, out, err, null);
    }

    /**
     * @param workingDir the folder relative paths on the command line are relative to, when it is not this
     *                   process's own (the build daemon runs other processes' command lines); null for this one
     */
    LecternCli(Engine.Factory engines, PrintWriter out, PrintWriter err, Path workingDir) {
        commandLine = new CommandLine(this)
                .addSubcommand(new BuildCommand(engines))
                .addSubcommand(new CheckCommand(engines))
                .addSubcommand(new ServeCommand(engines))
                .addSubcommand(new DaemonCommand(System.getenv()))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(LecternCli::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd));
        if (workingDir != null) {
            // after the subcommands: picocli gives a converter to the commands already added
            commandLine.registerConverter(Path.class, workingDir::resolve);
        }
    }

    /** Builds and checks go to the build daemon (see {@link BuildDaemon}) when it can take them. */
    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        Optional<Integer> viaDaemon = DaemonClient.wanted(List.of(args), environment)
                ? DaemonAddress.forThisProcess(environment)
                        .map(address -> new DaemonClient(address, new DaemonClient.ProcessLauncher(),
                                DaemonClient.START_TIMEOUT))
                        .flatMap(client -> client.run(List.of(args), Path.of(""), System.out, System.err))
                : Optional.empty();
        if (viaDaemon.isPresent()) {
            System.exit(viaDaemon.get());
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(new LecternCli(Engine.LECTERN, out, err).execute(args));
    }

    /** Runs one command line and gives its exit code. */
    public int execute(String... args) {
        return commandLine.execute(args);
    }

    /** {@code lectern} alone: a usage error, as an unknown subcommand is. */
    @Override
    public void run() {
        throw new ParameterException(commandLine, "a command is missing: build, check or serve");
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("lectern: " + e.getMessage());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        cmd.getErr().flush();
        return ExitCode.FAILURE;
    }

    /** I/O failures are the environment's fault: one line. Anything else is a bug: show where. */
    private static int failure(Exception e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        Optional<MathEngineUnavailableException> noMath = MathEngineUnavailableException.in(e);
        if (e instanceof UnsafeOutputException unsafe) {
            err.println("lectern: " + unsafe.getMessage());
        } else if (e instanceof UncheckedIOException io) {
            err.println("lectern: I/O error: " + io.getCause());
        } else if (noMath.isPresent()) {
            err.println("lectern: " + noMath.get().getMessage());
        } else if (e instanceof IOException io) {
            err.println("lectern: I/O error: " + io);
        } else {
            err.println("lectern: internal error (please report it with the trace below)");
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.FAILURE;
    }

    /** The version the build stamped into the jar, or {@code development} when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"lectern " + number()};
        }

        /** {@code 0.1.0}, or {@code development}. */
        static String number() throws IOException {
            try (InputStream in = LecternCli.class.getResourceAsStream(
                    "/META-INF/maven/dev.lectern/lectern-maven-plugin/pom.properties")) {
                if (in == null) {
                    return "development";
                }
                Properties pom = new Properties();
                pom.load(in);
                return pom.getProperty("version", "development");
            }
        }
    }
}
