package dev.lectern.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The content folder and the formula cache, which both commands take. */
final class SharedOptions {

    /** Relative to the working directory; `.gitignore` it. */
    static final Path DEFAULT_CACHE = Path.of(".lectern-cache");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<content-dir>", description = "The course folder (the one with course.md).")
    private Path contentDir;

    @Option(names = "--cache", paramLabel = "<dir>",
            description = "Where typeset formulas are kept between runs (default: .lectern-cache in the working directory).")
    private Path cacheDir;

    /** The content folder, which must exist: a missing one is a usage error. */
    Path contentDir() {
        if (!Files.isDirectory(contentDir)) {
            throw new ParameterException(spec.commandLine(), "no such content directory: " + contentDir);
        }
        return contentDir;
    }

    /** The content folder as the user typed it, to show diagnostics' files where they can be opened. */
    String contentDirForDisplay() {
        return contentDir.toString();
    }

    Path cacheDir() {
        return cacheDir == null ? DEFAULT_CACHE : cacheDir;
    }
}
