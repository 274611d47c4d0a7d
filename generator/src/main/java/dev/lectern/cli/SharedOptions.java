package dev.lectern.cli;

import dev.lectern.math.MathEngineChoice;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Model.ArgSpec;
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

    @Option(names = "--math-engine", paramLabel = "auto|node|graaljs", defaultValue = "auto",
            description = "What typesets formulas missing from the cache: node (KaTeX in Node worker processes), "
                    + "graaljs (KaTeX inside the JVM; slower), or auto (node when a Node 18+ answers, "
                    + "from $LECTERN_NODE or the PATH; else graaljs). The output is the same. Default: auto.")
    private MathEngineChoice mathEngine;

    /** The content folder, which must exist: a missing one is a usage error. */
    Path contentDir() {
        if (!Files.isDirectory(contentDir)) {
            throw new ParameterException(spec.commandLine(), "no such content directory: " + contentDir);
        }
        return contentDir;
    }

    /** The content folder as the user typed it, to show diagnostics' files where they can be opened. */
    String contentDirForDisplay() {
        return asTyped(spec.positionalParameters().get(0), contentDir).toString();
    }

    /**
     * A path option as the user typed it. In the build daemon, relative paths are resolved against the
     * client's folder on parsing; messages show them as typed, as they would be without the daemon.
     */
    static Path asTyped(ArgSpec arg, Path parsed) {
        return arg.originalStringValues().stream().findFirst().map(Path::of).orElse(parsed);
    }

    MathEngineChoice mathEngine() {
        return mathEngine;
    }

    /** Where the math engine's notice goes: the command's error stream, a line at a time. */
    static Consumer<String> linesTo(PrintWriter err) {
        return line -> {
            err.println(line);
            err.flush();
        };
    }

    Path cacheDir() {
        return cacheDir == null ? defaultCache(System.getenv(), System.getProperty("user.home")) : cacheDir;
    }

    /**
     * The user's cache folder, outside any work tree. Sharing it between courses is safe: entries are
     * keyed by a hash of the formula, the options and the KaTeX version, and written atomically.
     */
    static Path defaultCache(Map<String, String> env, String userHome) {
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
        return (xdg.isBlank() ? Path.of(userHome, ".cache") : Path.of(xdg)).resolve("lectern");
    }
}
