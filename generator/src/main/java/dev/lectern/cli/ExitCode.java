package dev.lectern.cli;

/** The process exit codes, the command line's contract with scripts and CI. */
public final class ExitCode {
    /** No error-level diagnostic (none at or above {@code --fail-on}), beyond those the baseline covers. */
    public static final int OK = 0;
    /** The content has a diagnostic at least as severe as {@code --fail-on} (default: an error) that no baseline covers. */
    public static final int CONTENT_ERRORS = 1;
    /** A usage error (unknown option, missing or absent content folder, unusable baseline), an I/O failure or a crash. */
    public static final int FAILURE = 2;

    private ExitCode() {
    }
}
