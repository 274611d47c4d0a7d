package dev.lectern.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.apache.maven.model.Build;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.AbstractMavenReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn site} runs {@code generate} (pre-site), then the "Lesson validation" report: the report lists
 * what the build found, from the build's own reading of the course, passed on in Maven's plugin context.
 */
class SiteGoalsTest {

    @TempDir
    Path project;

    private final Map<Object, Object> pluginContext = new HashMap<>();

    /**
     * A lesson without an outline, with an unticked checklist item (both found by reading) and a link to a page
     * that does not exist (found by the link check).
     */
    private Path lesson() throws IOException {
        Path lessons = Files.createDirectories(project.resolve("content/series-1/module-1-1/lessons"));
        return Files.writeString(lessons.resolve("a.md"), "# Lesson: A\n\n**Slug:** a\n**Module:** 1.1\n"
                + "**Position:** Lesson 1 of 1\n\n## Phase 1\n\nSee [the notes](notes.html).\n"
                + "\n## Checklists\n\n### Audit\n\n- [ ] Bananas are ripe\n");
    }

    private void generate() throws Exception {
        GenerateMojo generate = new GenerateMojo();
        generate.basedir = project.toFile();
        generate.contentDirectory = project.resolve("content").toFile();
        generate.cacheDirectory = project.resolve("target/lectern-cache").toFile();
        generate.outputDirectory = project.resolve("target/site").toFile();
        generate.buildDirectory = project.resolve("target").toFile();
        generate.setLog(new RecordingLog());
        generate.setPluginContext(pluginContext);
        generate.execute();
    }

    /** The report as rendered into the Maven site. */
    private Document report() throws Exception {
        ValidationReportMojo report = new ValidationReportMojo();
        MavenProject maven = new MavenProject();
        maven.setFile(project.resolve("pom.xml").toFile());
        maven.setBuild(new Build());
        maven.getBuild().setDirectory(project.resolve("target").toString());
        Field field = AbstractMavenReport.class.getDeclaredField("project"); // as Maven sets it
        field.setAccessible(true);
        field.set(report, maven);
        report.contentDirectory = project.resolve("content").toFile();
        report.cacheDirectory = project.resolve("target/lectern-cache").toFile();
        report.setLog(new RecordingLog());
        report.setPluginContext(pluginContext);
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        report.generate(sink, Locale.ENGLISH);
        sink.close();
        return Jsoup.parse(html.toString());
    }

    /** The rules of the "Diagnostics by rule" section. */
    private static List<String> rules(Document report) {
        return report.select("[id^=by-rule-]").eachAttr("id").stream().map(id -> id.substring("by-rule-".length()))
                .sorted().toList();
    }

    @Test
    void theReportListsWhatTheBuildFoundWithoutReadingTheCourseAgain() throws Exception {
        Path lesson = lesson();
        generate();
        // saved while Maven was between the goals: the report is of the build that was published
        Files.writeString(lesson, "# Lesson: A\n");

        Document report = report();

        assertEquals(List.of("broken-link", "checklist-unchecked", "missing-outline"), rules(report));
        assertEquals("Lectern checked and published the 1 lesson specification in content; the course’s own "
                + "validation page lists the same.", report.selectFirst("p").text());
        assertEquals(Map.of(), pluginContext, "the report takes the course out of Maven's context");
    }

    /** {@code mvn site} again, nothing changed: the build stands, and so does the report of it. */
    @Test
    void aBuildThatFoundNothingChangedLeavesTheReportOfTheBuildWhoseSiteStands() throws Exception {
        lesson();
        generate();
        report();
        pluginContext.clear(); // another Maven run

        generate();
        Document report = report();

        assertEquals(List.of("broken-link", "checklist-unchecked", "missing-outline"), rules(report));
        assertEquals(true, report.selectFirst("p").text().startsWith("Lectern checked and published"),
                report.selectFirst("p").text());
    }

    /** The page kept of a build is not the page of another build into the same site, say by {@code lectern build}. */
    @Test
    void theReportOfAnotherBuildIsNotTaken() throws Exception {
        lesson();
        generate();
        Path kept = project.resolve("target/lectern/validation-report.json");
        assertEquals(true, Files.isRegularFile(kept));
        Files.writeString(kept, Files.readString(kept).replaceFirst("\"build\":\"[^\"]+\"", "\"build\":\"another\""));
        pluginContext.clear();

        generate();
        Document report = report();

        assertEquals(List.of("checklist-unchecked", "missing-outline"), rules(report), "read again, without the link check");
    }

    @Test
    void withoutTheGenerateGoalTheReportReadsTheCourseItself() throws Exception {
        lesson();

        Document report = report();

        // the link check needs the rendered pages, which only a build makes
        assertEquals(List.of("checklist-unchecked", "missing-outline"), rules(report));
        assertEquals(true, report.selectFirst("p").text().startsWith("Lectern checked the 1 lesson specification in "
                + "content. Problems found while publishing"), report.selectFirst("p").text());
    }
}
