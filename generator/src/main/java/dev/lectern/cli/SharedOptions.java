package dev.lectern.cli;

import dev.lectern.model.Severity;
import dev.lectern.site.DiagnosticFormats;
import dev.lectern.site.UserCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The content folder and the formula cache, which both commands take. */
final class SharedOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<content-dir>", description = "The course folder (the one with course.md).")
    private Path contentDir;

    @Option(names = "--cache", paramLabel = "<dir>",
            description = "Where typeset formulas are kept between runs "
                    + "(default: $XDG_CACHE_HOME/lectern, or ~/.cache/lectern).")
    private Path cacheDir;

    @Option(names = "--max-diagnostics", paramLabel = "N", defaultValue = "100",
            description = "Print at most N diagnostics with their source lines, errors first; the rest are counted "
                    + "per rule (default: ${DEFAULT-VALUE}). JSON and SARIF always carry every diagnostic.")
    private int maxDiagnostics;

    @Option(names = "--min-severity", paramLabel = "error|warning|info", defaultValue = "warning",
            description = "Print diagnostics at least this severe with their source lines; the others are counted "
                    + "per rule (default: ${DEFAULT-VALUE}).")
    private Level minSeverity;

    /** The severities as the option spells them. */
    enum Level {
        error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO);

        final Severity severity;

        Level(Severity severity) {
            this.severity = severity;
        }
    }

    /** Which diagnostics the text report prints in full; a negative maximum is a usage error. */
    DiagnosticFormats.Shown shown() {
        if (maxDiagnostics < 0) {
            throw new ParameterException(spec.commandLine(), "--max-diagnostics must be 0 or more: " + maxDiagnostics);
        }
        return new DiagnosticFormats.Shown(maxDiagnostics, minSeverity.severity);
    }

    /** The content folder, which must exist: a missing one is a usage error. */
    Path contentDir() {
        if (Files.isRegularFile(contentDir)) { // course.md or a lesson, given for the folder that holds it
            throw new ParameterException(spec.commandLine(), contentDir + " is a file; give the course folder"
                    + Optional.ofNullable(contentDir.toAbsolutePath().getParent()).map(p -> ", such as " + p).orElse(""));
        }
        if (!Files.isDirectory(contentDir)) {
            throw new ParameterException(spec.commandLine(), "no such content directory: " + contentDir);
        }
        return contentDir;
    }

    /** The cache folder given, else the user's; without either, a usage error. */
    Path cacheDir() {
        if (cacheDir != null) {
            return cacheDir;
        }
        return UserCache.folder().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no cache folder: neither XDG_CACHE_HOME nor the home folder is an absolute path; give --cache <dir>"));
    }
}
