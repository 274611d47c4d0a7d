package dev.lectern.cli;

import picocli.CommandLine.Option;

/**
 * {@code --no-daemon}. {@link LecternCli#main} reads it from the raw arguments before any parsing, to decide
 * where the command runs; it is declared here so that help lists it and parsing accepts it.
 */
final class DaemonOption {

    @Option(names = "--no-daemon",
            description = "Run in this JVM, not in the build daemon (a JVM kept warm between builds, "
                    + "started by the first build; LECTERN_DAEMON=off does the same for every command).")
    boolean noDaemon;
}
