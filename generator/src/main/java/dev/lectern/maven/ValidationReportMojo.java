package dev.lectern.maven;

import dev.lectern.site.CheckResult;
import dev.lectern.site.Lectern;
import dev.lectern.site.UserCache;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/** The "Lesson validation" page of the Maven site, under Project Reports. */
@Mojo(name = "validation-report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ValidationReportMojo extends AbstractMavenReport {

    /** The course: the folder with {@code course.md} and the {@code series-N} folders. */
    @Parameter(property = "lectern.contentDirectory", defaultValue = "${project.basedir}/content", required = true)
    File contentDirectory;

    /** Where typeset formulas are kept between builds; the same as the {@code generate} goal's. */
    @Parameter(property = "lectern.cacheDirectory")
    File cacheDirectory;

    /** Leave the report out of the site. */
    @Parameter(property = "lectern.skip", defaultValue = "false")
    private boolean skip;

    @Override
    @SuppressWarnings("deprecation") // still abstract in MavenReport 4.0.0; getOutputPath is its successor
    public String getOutputName() {
        return "lesson-validation";
    }

    @Override
    public String getOutputPath() {
        return getOutputName();
    }

    @Override
    public String getName(Locale locale) {
        return ValidationReportRenderer.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Errors, warnings and notes Lectern found in the course content, file by file.";
    }

    /** A project without a content folder has no lessons to report on. */
    @Override
    public boolean canGenerateReport() {
        return !skip && contentDirectory.isDirectory();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Optional<ReportPage> built = ReportPage.take(getPluginContext(), contentDirectory);
        ReportPage page = built.isPresent() ? built.get() : checked();
        // generate has printed each diagnostic already; the page lists them
        getLog().info("Lectern: " + page.summary() + ", listed in " + getOutputPath() + ".html");
        new ValidationReportRenderer(getSink(), page.body()).render();
    }

    /** The page of a check, when the {@code generate} goal has not built the course in this Maven run. */
    private ReportPage checked() throws MavenReportException {
        CheckResult result;
        try (Lectern lectern = Lectern.open(LecternMojo.cacheDir(cacheDirectory, UserCache.folder(),
                new File(project.getBuild().getDirectory())))) {
            result = lectern.check(contentDirectory.toPath());
        } catch (UncheckedIOException e) {
            throw new MavenReportException("Lectern could not read the content: " + e.getCause(), e);
        }
        return ReportPage.of(result, DiagnosticLog.display(project.getBasedir().toPath(), contentDirectory.toPath()),
                false);
    }
}
