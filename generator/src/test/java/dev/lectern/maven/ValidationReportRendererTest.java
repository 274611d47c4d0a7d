package dev.lectern.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.Severity;
import dev.lectern.site.CheckResult;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Renders the report through a real Doxia sink and reads the HTML back. */
class ValidationReportRendererTest {

    private static final String LESSON_FILE = "series-7/module-7-3/lessons/latent-consistency-and-turbo.md";

    private static Document render(List<Lesson> lessons, List<Diagnostic> diagnostics) {
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        CheckResult result = new CheckResult(
                new CourseContent(Optional.empty(), List.of(), List.of(), List.of(), lessons), diagnostics, List.of());
        new ValidationReportRenderer(sink, result, "content").render();
        sink.close();
        return Jsoup.parse(html.toString());
    }

    private static Lesson lesson(String file, String slug, String module) {
        LessonMetadata none = new LessonMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        return new Lesson(file, slug, Optional.of(module), Optional.empty(), none, List.of(), List.of());
    }

    private static List<List<String>> rows(Element table) {
        return table.select("tr").stream()
                .map(tr -> tr.select("th, td").stream().map(Element::text).toList())
                .toList();
    }

    private final List<Diagnostic> diagnostics = List.of(
            new Diagnostic(LESSON_FILE, 391, 1, Severity.WARNING, "unknown-color", "\"fuchsia\" is not in the palette"),
            new Diagnostic(LESSON_FILE, 40, 0, Severity.ERROR, "table-columns", "no Status column"),
            new Diagnostic("course.md", 0, 0, Severity.INFO, "no-goal", "the course has no Goal section"));

    private final Document page = render(List.of(lesson(LESSON_FILE, "latent-consistency-and-turbo", "7.3")), diagnostics);

    @Test
    void totalsCountEachSeverityAndTheFiles() {
        assertEquals(List.of(List.of("Errors", "Warnings", "Infos", "Files with diagnostics"), List.of("1", "1", "1", "2")),
                rows(page.select("table").get(0)));
        assertEquals("Lectern read 1 lesson specification in content and found 1 error, 1 warning, 1 info in 2 files.",
                page.select("p").get(0).text());
    }

    @Test
    void eachLessonLinksToItsThreePages() {
        assertEquals(List.of(List.of("Lesson", "Module", "Errors", "Warnings", "Infos", "Pages"),
                        List.of("latent-consistency-and-turbo", "7.3", "1", "1", "0", "lesson · spec · review")),
                rows(page.select("table").get(1)));
        assertEquals(List.of("lessons/latent-consistency-and-turbo/index.html",
                        "lessons/latent-consistency-and-turbo/index.html",
                        "lessons/latent-consistency-and-turbo/spec.html",
                        "lessons/latent-consistency-and-turbo/review.html"),
                page.select("table").get(1).select("a").eachAttr("href"));
    }

    @Test
    void eachFileHasATableOfItsDiagnosticsInTheOrderGiven() {
        assertEquals(List.of("Lesson validation", "Lessons", "Diagnostics by file", "content/course.md",
                "content/" + LESSON_FILE), page.select("h1, h2, h3").eachText());
        assertEquals(List.of(List.of("Line", "Severity", "Rule", "Message"),
                        List.of("0", "info", "no-goal", "the course has no Goal section")),
                rows(page.select("table").get(2)));
        assertEquals(List.of(List.of("Line", "Severity", "Rule", "Message"),
                        List.of("391:1", "warning", "unknown-color", "\"fuchsia\" is not in the palette"),
                        List.of("40", "error", "table-columns", "no Status column")),
                rows(page.select("table").get(3)));
    }

    @Test
    void aFileOfALessonLinksToTheLessonPage() {
        Element section = page.select("h3").get(1).parent();
        assertEquals(List.of("lessons/latent-consistency-and-turbo/index.html"),
                section.select("p a").eachAttr("href"));
    }

    @Test
    void cleanContentSaysThereIsNothingToReport() {
        Document clean = render(List.of(), List.of());

        assertEquals(List.of("Lectern read 0 lesson specifications in content and found 0 errors, 0 warnings, 0 infos in 0 files.",
                "No lesson specifications were found.", "No diagnostics."), clean.select("p").eachText());
    }
}
