package dev.lectern.maven;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.site.Baseline;
import dev.lectern.site.Lectern;
import dev.lectern.site.SourceExcerpts;
import dev.lectern.site.UnsafeOutputException;
import dev.lectern.site.UserCache;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals over the content folder share: their parameters, skipping, and opening Lectern. */
abstract class LecternMojo extends AbstractMojo {

    /** The course: the folder with {@code course.md} and the {@code series-N} folders. */
    @Parameter(property = "lectern.contentDirectory", defaultValue = "${project.basedir}/content", required = true)
    protected File contentDirectory;

    /**
     * Where typeset formulas are kept between builds; by default the user's cache folder, which {@code lectern}
     * uses too ({@code $XDG_CACHE_HOME/lectern}, else {@code ~/.cache/lectern}), so {@code mvn clean} keeps it
     * (for a user without a home folder, {@code target/lectern-cache}).
     */
    @Parameter(property = "lectern.cacheDirectory")
    protected File cacheDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    protected File buildDirectory;

    /** Do nothing. */
    @Parameter(property = "lectern.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * A baseline ({@code lectern check --write-baseline FILE}): the diagnostics it records are left out, so
     * only new ones are printed and can fail {@code check}.
     */
    @Parameter(property = "lectern.baseline")
    protected File baseline;

    /**
     * {@code warning} (the default, as {@code lectern check}), {@code error} or {@code info}: the least severe
     * diagnostic printed in the log; the summary line counts all, and the validation page lists all.
     */
    @Parameter(property = "lectern.minSeverity", defaultValue = "warning")
    protected String minSeverity = "warning";

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Lectern: skipped");
            return;
        }
        if (!contentDirectory.isDirectory()) {
            throw new MojoExecutionException("Lectern: no content directory at " + contentDirectory
                    + " (set contentDirectory, or lectern.skip)");
        }
        run();
    }

    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** Runs one operation on a Lectern opened here (the composition root) and closed after it. */
    protected <T> T withLectern(Function<Lectern, T> operation) throws MojoExecutionException {
        try (Lectern lectern = Lectern.open(cacheDir(cacheDirectory, UserCache.folder(), buildDirectory))) {
            return operation.apply(lectern);
        } catch (UnsafeOutputException e) {
            throw new MojoExecutionException("Lectern: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Lectern: I/O failure: " + e.getCause(), e);
        }
    }

    /** The cache folder configured, else the user's ({@link UserCache#folder()}), else one in the build folder. */
    static Path cacheDir(File configured, Optional<Path> usersCache, File buildDirectory) {
        return configured != null ? configured.toPath()
                : usersCache.orElseGet(() -> buildDirectory.toPath().resolve("lectern-cache"));
    }

    /**
     * The diagnostics to report: those the baseline, when there is one, does not cover.
     *
     * @throws MojoExecutionException when the baseline cannot be used (missing, not one, another course's)
     */
    protected List<Diagnostic> reported(List<Diagnostic> diagnostics) throws MojoExecutionException {
        if (baseline == null) {
            return diagnostics;
        }
        try {
            Baseline.Applied applied = Baseline.read(baseline.toPath(), contentDirectory.toPath()).apply(diagnostics);
            applied.leftOut(baseline.toPath()).ifPresent(line -> getLog().info("Lectern: " + line));
            return applied.reported();
        } catch (Baseline.Unusable e) {
            throw new MojoExecutionException("Lectern: " + e.getMessage());
        }
    }

    /** A log for diagnostics, with files shown as the developer would type them. */
    protected DiagnosticLog diagnosticLog() throws MojoExecutionException {
        Severity least = Severity.parse(minSeverity).orElseThrow(() -> new MojoExecutionException(
                "Lectern: minSeverity must be error, warning or info, not '" + minSeverity + "'"));
        return new DiagnosticLog(getLog(), contentDisplay(), SourceExcerpts.of(contentDirectory.toPath()), least);
    }

    /** The content folder as the developer would type it, from the project's folder. */
    protected String contentDisplay() {
        return DiagnosticLog.display(basedir.toPath(), contentDirectory.toPath());
    }
}
