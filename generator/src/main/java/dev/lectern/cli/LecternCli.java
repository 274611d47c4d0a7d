package dev.lectern.cli;

import dev.lectern.site.Engine;
import dev.lectern.site.UnsafeOutputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
        synopsisSubcommandLabel = "(build | check | serve)")
public final class LecternCli implements Runnable {

    private final CommandLine commandLine;

    /** @param engines how the commands open Lectern: {@link Engine#LECTERN}, or a stand-in in tests */
    public LecternCli(Engine.Factory engines, PrintWriter out, PrintWriter err) {
        commandLine = new CommandLine(this)
                .addSubcommand(new BuildCommand(engines))
                .addSubcommand(new CheckCommand(engines))
                .addSubcommand(new ServeCommand(engines))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(LecternCli::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd));
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(new LecternCli(Engine.LECTERN, out, err).execute(args));
    }

    /**
     * Runs one command line and gives its exit code. Running out of memory is the machine's limit, not
     * a bug: one line that says what to do (an aborted build has left the old site as it was).
     */
    public int execute(String... args) {
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            PrintWriter err = commandLine.getErr();
            err.println("lectern: out of memory (the JVM's heap is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB): give it more, e.g. LECTERN_JAVA_OPTS=-Xmx4g bin/lectern, or java -Xmx4g -jar lectern.jar");
            err.flush();
            return ExitCode.FAILURE;
        }
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
        if (e instanceof UnsafeOutputException unsafe) {
            err.println("lectern: " + unsafe.getMessage());
        } else if (e instanceof UncheckedIOException io) {
            err.println("lectern: I/O error: " + io.getCause());
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
