package dev.lectern.cli;

import dev.lectern.site.CheckResult;
import dev.lectern.site.DiagnosticFormats;
import dev.lectern.site.SarifReport;
import dev.lectern.site.SourceExcerpts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lectern check <content-dir> [--format text|json|sarif]}: reads and validates, writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Reads and validates the content; prints its report on standard output.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif }

    private final Engine.Factory engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

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
        CheckResult result;
        try (Engine engine = engines.open(options.cacheDir())) {
            result = engine.check(contentDir);
        }
        String shownUnder = contentDir.toString();
        String report = switch (format) {
            case text -> DiagnosticFormats.text(result.diagnostics(), SourceExcerpts.of(contentDir), shownUnder,
                    options.shown(), "lectern check " + shownUnder + " --format json");
            case json -> DiagnosticFormats.json(DiagnosticFormats.under(shownUnder, result.diagnostics()));
            case sarif -> SarifReport.write(result.diagnostics(), shownUnder, LecternCli.Version.number());
        };
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        return result.hasErrors() ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }
}
