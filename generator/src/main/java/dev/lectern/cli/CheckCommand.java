package dev.lectern.cli;

import dev.lectern.site.CheckResult;
import dev.lectern.site.DiagnosticFormats;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lectern check <content-dir> [--format text|json]}: reads and validates, writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Reads and validates the content; prints every diagnostic on standard output.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    private final Engine.Factory engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (one file:line:col: severity[rule]: message line each, then a summary) or json.")
    private Format format;

    CheckCommand(Engine.Factory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        Path contentDir = options.contentDir();
        CheckResult result;
        try (Engine engine = engines.open(options.cacheDir())) {
            result = engine.check(contentDir);
        }
        var diagnostics = DiagnosticFormats.under(options.contentDirForDisplay(), result.diagnostics());
        String report = format == Format.json ? DiagnosticFormats.json(diagnostics) : DiagnosticFormats.text(diagnostics);
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        return result.hasErrors() ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }
}
