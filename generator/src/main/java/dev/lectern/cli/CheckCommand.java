package dev.lectern.cli;

import dev.lectern.model.Diagnostic;
import dev.lectern.site.Baseline;
import dev.lectern.site.CheckResult;
import dev.lectern.site.DiagnosticFormats;
import dev.lectern.site.Engine;
import dev.lectern.site.SarifReport;
import dev.lectern.site.SourceExcerpts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lectern check <content-dir> [--format text|json|sarif] [--fail-on error|warning] [--baseline FILE]}:
 * reads and validates, writes nothing.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Reads and validates the content; prints its report on standard output.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif }

    private final Engine.Factory engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Mixin
    private GateOptions gate;

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
            description = "text (file:line:col: severity[rule]: message, the source line and a caret, "
                    + "then a summary), json, or sarif (SARIF 2.1.0, for CI annotations).")
    private Format format;

    CheckCommand(Engine.Factory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException {
        Path contentDir = options.contentDir();
        DiagnosticFormats.Shown shown = options.shown();
        Optional<Baseline> baseline = gate.baseline(contentDir);
        CheckResult result;
        try (Engine engine = engines.open(options.cacheDir())) {
            result = engine.check(contentDir);
        }
        List<Diagnostic> reported = gate.reported(result.diagnostics(), contentDir, baseline,
                spec.commandLine().getErr());
        String shownUnder = contentDir.toString();
        String report = switch (format) {
            case text -> DiagnosticFormats.text(reported, SourceExcerpts.of(contentDir), shownUnder,
                    shown, "lectern check " + shownUnder + " --format json");
            case json -> DiagnosticFormats.json(DiagnosticFormats.under(shownUnder, reported));
            case sarif -> SarifReport.write(reported, shownUnder, LecternCli.Version.number());
        };
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        return gate.exitCode(reported);
    }
}
