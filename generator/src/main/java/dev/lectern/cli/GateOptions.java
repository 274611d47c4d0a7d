package dev.lectern.cli;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.render.DiagnosticCounts;
import dev.lectern.site.Baseline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What fails a run ({@code --fail-on}) and which diagnostics are already known ({@code --baseline},
 * {@code --write-baseline}), for {@code build} and {@code check}: a course with known diagnostics
 * fails CI on new ones only.
 */
final class GateOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--fail-on", paramLabel = "error|warning", defaultValue = "error",
            description = "Exit with 1 when a diagnostic at least this severe is reported (default: ${DEFAULT-VALUE}).")
    private Level failOn;

    @Option(names = "--baseline", paramLabel = "<file>",
            description = "Leave out the diagnostics this baseline records (by rule, file and source line); "
                    + "only new ones are reported and can fail the run.")
    private Path baseline;

    @Option(names = "--write-baseline", paramLabel = "<file>",
            description = "Record every diagnostic of this run in a baseline file for --baseline.")
    private Path writeBaseline;

    /** The severities {@code --fail-on} takes: no {@code info}, which never fails a run. */
    enum Level {
        error(Severity.ERROR), warning(Severity.WARNING);

        final Severity severity;

        Level(Severity severity) {
            this.severity = severity;
        }
    }

    /** The baseline to apply, read before any work: a file that cannot be used is a usage error. */
    Optional<Baseline> baseline(Path contentDir) {
        if (baseline == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Baseline.read(baseline, contentDir));
        } catch (Baseline.Unusable e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The diagnostics to report: with {@code --write-baseline}, none (all of them are recorded);
     * otherwise those {@code known} does not cover. Says on {@code err} what the baseline did.
     */
    List<Diagnostic> reported(List<Diagnostic> diagnostics, Path contentDir, Optional<Baseline> known, PrintWriter err) {
        if (writeBaseline != null) {
            Baseline.write(writeBaseline, contentDir, diagnostics);
            err.println("lectern: wrote " + DiagnosticCounts.plural(diagnostics.size(), "diagnostic") + " to the baseline "
                    + writeBaseline);
            err.flush();
            return List.of();
        }
        if (known.isEmpty()) {
            return diagnostics;
        }
        Baseline.Applied left = known.get().apply(diagnostics);
        left.leftOut(baseline).ifPresent(line -> err.println("lectern: " + line));
        err.flush();
        return left.reported();
    }

    /** {@link ExitCode#CONTENT_ERRORS} when a reported diagnostic is at least as severe as {@code --fail-on}. */
    int exitCode(List<Diagnostic> reported) {
        Severity threshold = failOn.severity;
        return reported.stream().anyMatch(d -> d.severity().atLeast(threshold))
                ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }
}
