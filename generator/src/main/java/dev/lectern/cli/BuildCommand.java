package dev.lectern.cli;

import dev.lectern.model.Diagnostic;
import dev.lectern.render.DiagnosticCounts;
import dev.lectern.render.ValidationPageRenderer;
import dev.lectern.site.Baseline;
import dev.lectern.site.BuildResult;
import dev.lectern.site.DiagnosticFormats;
import dev.lectern.site.Engine;
import dev.lectern.site.SourceExcerpts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lectern build <content-dir> --out <dir>}: publishes the lessons under {@code <dir>/lessons}. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads, validates and renders the content into <dir>/lessons; "
                + "prints diagnostics, stage timings and what it wrote on standard error.")
final class BuildCommand implements Callable<Integer> {

    private final Engine.Factory engines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SharedOptions options;

    @Mixin
    private GateOptions gate;

    @Option(names = "--out", required = true, paramLabel = "<dir>",
            description = "The site folder; the lessons go to <dir>/lessons, replaced whole only when the build succeeds.")
    private Path outputDir;

    BuildCommand(Engine.Factory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        Path contentDir = options.contentDir();
        DiagnosticFormats.Shown shown = options.shown();
        Optional<Baseline> baseline = gate.baseline(contentDir);
        BuildResult result;
        // compiler-style: the build's messages go to standard error
        PrintWriter err = spec.commandLine().getErr();
        try (Engine engine = engines.open(options.cacheDir())) {
            result = engine.build(contentDir, outputDir);
        }
        List<Diagnostic> reported = gate.reported(result.diagnostics(), contentDir, baseline, err);
        err.print(DiagnosticFormats.text(reported, SourceExcerpts.of(contentDir), contentDir.toString(),
                shown, outputDir.resolve(ValidationPageRenderer.PATH).toString()));
        err.println("stages: " + DiagnosticFormats.timings(result.timings()));
        Path lessons = outputDir.resolve("lessons");
        err.println(result.filesWritten() == 0
                ? "wrote nothing; " + lessons + " is as it was"
                : "wrote " + DiagnosticCounts.plural(result.filesWritten(), "file") + " to " + lessons);
        err.flush();
        return gate.exitCode(reported);
    }
}
