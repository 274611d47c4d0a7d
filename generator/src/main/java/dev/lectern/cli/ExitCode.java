package dev.lectern.cli;

/** The process exit codes, the command line's contract with scripts and CI. */
public final class ExitCode {
    /** No error-level diagnostic. Warnings and infos do not change it. */
    public static final int OK = 0;
    /** The content has at least one error-level diagnostic. */
    public static final int CONTENT_ERRORS = 1;
    /** A usage error (unknown option, missing or absent content folder), an I/O failure or a crash. */
    public static final int FAILURE = 2;

    private ExitCode() {
    }
}
