package dev.lectern.maven;

import dev.lectern.render.DiagnosticCounts;
import dev.lectern.site.BuildResult;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the course into the Maven site ({@code target/site/lessons}) before the site is rendered.
 * Content problems are printed, not fatal: {@code check} fails on them. Only I/O failure fails here.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PRE_SITE, threadSafe = true)
public class GenerateMojo extends LecternMojo {

    /** The site folder: Lectern writes the lessons into its {@code lessons/} folder. */
    @Parameter(property = "lectern.outputDirectory", defaultValue = "${project.reporting.outputDirectory}", required = true)
    File outputDirectory;

    @Override
    protected void run() throws MojoExecutionException {
        BuildResult result = withLectern(lectern -> lectern.build(contentDirectory.toPath(), outputDirectory.toPath()));
        if (getPluginContext() != null) { // for the validation report (ReportPage); not set outside Maven
            // a build that found nothing changed leaves the page of the build whose site stands
            Path kept = buildDirectory.toPath().resolve("lectern/validation-report.json");
            result.check().map(check -> ReportPage.of(check, contentDisplay(), true).keep(kept, result.build()))
                    .or(() -> ReportPage.kept(kept, result.build()))
                    .ifPresent(page -> page.leave(getPluginContext(), contentDirectory));
        }
        DiagnosticLog log = diagnosticLog();
        log.report(reported(result.diagnostics()));
        log.timings(result.timings());
        File lessons = new File(outputDirectory, "lessons");
        if (result.filesWritten() > 0) {
            getLog().info("Lectern: wrote " + DiagnosticCounts.plural(result.filesWritten(), "file") + " to " + lessons);
        } else {
            getLog().info("Lectern: wrote nothing; " + lessons + " is as it was"); // an unchanged course, not a fault
        }
    }
}
