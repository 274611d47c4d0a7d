package dev.lectern.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import dev.lectern.render.SampleLessons;
import dev.lectern.site.CheckResult;
import dev.lectern.validate.Config;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Renders the report through a real Doxia sink and reads the HTML back. The course is the
 * hand-built sample: "Sample & Test" passed its second review (no open findings, one checklist
 * item unticked); "stray-lesson" was never reviewed.
 */
class ValidationReportRendererTest {

    private static final String STRAY = "lessons/stray-lesson.md";

    private static Document render(CourseContent content, List<Diagnostic> diagnostics) {
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        new ValidationReportRenderer(sink, new CheckResult(content, diagnostics, List.of(), Severity.INFO), "content")
                .render();
        sink.close();
        return Jsoup.parse(html.toString());
    }

    private static List<List<String>> rows(Element table) {
        return table.select("tr").stream()
                .map(tr -> tr.select("th, td").stream().map(Element::text).toList())
                .toList();
    }

    /** The table right after the heading with this text, in the same section. */
    private Element tableAfter(String heading) {
        Element h = page.select("h1, h2, h3").stream().filter(e -> e.text().equals(heading)).findFirst().orElseThrow();
        return h.parent().selectFirst("table");
    }

    private final List<Diagnostic> diagnostics = List.of(
            new Diagnostic(SampleLessons.FILE, 85, 15, Severity.WARNING, "unknown-component-color",
                    "GradientCard colour 'fuchsia' is not in the palette"),
            new Diagnostic(SampleLessons.FILE, 158, 1, Severity.WARNING, "checklist-unchecked",
                    "'Three modalities' is not ticked"),
            new Diagnostic(STRAY, 3, 0, Severity.ERROR, "slug-mismatch", "the slug differs from the file name"),
            new Diagnostic("course.md", 0, 0, Severity.INFO, "unknown-file", "the course has no Goal section"));

    private final Document page = render(SampleLessons.course(), diagnostics);

    @Test
    void hasTheTotalsTheBoardsEachLessonTheOtherFilesAndTheRules() {
        assertEquals(List.of("Lesson validation", "Can we publish?", "Contradicted checklist claims", "Diagnostics by rule",
                "Checklist verification", "Review board", "Lessons", "Other files",
                "content/course.md", "Rules"), page.select("h1, h2, h3").eachText());
    }

    @Test
    void opensWithTheLessonsThatCannotBePublishedAndWhy() {
        assertEquals(List.of(List.of("Lesson", "Latest verdict", "What must change"), List.of("stray-lesson",
                        "Not reviewed", "it has no review verdict; lessons/stray-lesson.md:3 slug-mismatch: the slug "
                        + "differs from the file name")), rows(page.select("table").get(0)));
        assertEquals(List.of(List.of("Rule", "Severity", "Count", "Files", "What it checks"),
                        List.of("slug-mismatch", "error", "1", "1", Rule.SLUG_MISMATCH.description()),
                        List.of("checklist-unchecked", "warning", "1", "1", Rule.CHECKLIST_UNCHECKED.description()),
                        List.of("unknown-component-color", "warning", "1", "1", Rule.UNKNOWN_COMPONENT_COLOR.description()),
                        List.of("unknown-file", "info", "1", "1", Rule.UNKNOWN_FILE.description())),
                rows(tableAfter("Diagnostics by rule")));
        assertEquals("Lectern read 2 lesson specifications in content and found 1 error, 2 warnings, 1 info in 3 files.",
                page.select("p").get(0).text());
        assertEquals(List.of("lessons/reports/validation.html"), page.select("p").get(1).select("a").eachAttr("href"));
    }

    @Test
    void theReviewBoardGivesEachLessonsLatestVerdictIterationDateAndOpenFindings() {
        assertEquals(List.of(
                        List.of("Lesson", "Module", "Latest verdict", "Iteration", "Date", "Critical", "Improvement",
                                "Polish", "Pages"),
                        List.of("Sample & Test", "1.2", "PASS", "2/3", "2026-02-21", "0", "0", "0", "lesson · spec · review"),
                        List.of("stray-lesson", "-", "Not reviewed", "-", "-", "0", "0", "0", "lesson · spec · review")),
                rows(tableAfter("Review board")));
        assertEquals(List.of("#lesson-sample-lesson", "lessons/sample-lesson/index.html", "lessons/sample-lesson/spec.html",
                        "lessons/sample-lesson/review.html"),
                tableAfter("Review board").select("tr").get(1).select("a").eachAttr("href"));
        assertEquals("A lesson's open findings are the findings listed in its latest review. "
                + "A lesson is a draft until it is publishable: its latest verdict is a PASS and it has no error.", tableAfter("Review board").parent()
                .selectFirst("p").text());
    }

    @Test
    void theChecklistVerificationCountsEachChecksStatuses() {
        assertEquals(List.of(List.of("Check", "Verified", "Contradicted", "Not machine-checkable", "Unknown", "Items"),
                        List.of("every assumed concept listed with its required depth", "1", "0", "0", "0", "1"),
                        List.of("every prerequisite traced in its source lesson's module record", "1", "0", "0", "0", "1"),
                        List.of("the narrative motivation is stated", "1", "0", "0", "0", "1"),
                        List.of("at least 3 modalities, each with a rationale", "0", "0", "0", "1", "1"),
                        List.of("All items", "3", "0", "0", "1", "4")),
                rows(tableAfter("Checklist verification")));
        assertEquals(List.of(List.of("Item", "Status", "Why", "Evidence"),
                        List.of("153: [x] Every concept listed", "verified", "3 prerequisites, each with its required depth",
                                "23: the prerequisites table (3 rows)")),
                rows(page.getElementById("lesson-sample-lesson").selectFirst("table")).subList(0, 2));
    }

    @Test
    void eachLessonHasATableOfItsDiagnosticsUnderItsAnchor() {
        Element sample = page.getElementById("lesson-sample-lesson");
        assertEquals("content/" + SampleLessons.FILE + " · lesson page · 2 warnings", sample.selectFirst("p").text());
        assertEquals(List.of(List.of("Line", "Severity", "Rule", "Message"),
                        List.of("85:15", "warning", "unknown-component-color", "GradientCard colour 'fuchsia' is not in the palette"),
                        List.of("158:1", "warning", "checklist-unchecked", "'Three modalities' is not ticked")),
                rows(sample.select("table").get(1)));
        assertEquals(List.of(List.of("Line", "Severity", "Rule", "Message"),
                        List.of("3", "error", "slug-mismatch", "the slug differs from the file name")),
                rows(page.getElementById("lesson-stray-lesson").selectFirst("table")));
    }

    @Test
    void otherFilesHaveTheirOwnTables() {
        assertEquals(List.of(List.of("Line", "Severity", "Rule", "Message"),
                        List.of("–", "info", "unknown-file", "the course has no Goal section")),
                rows(tableAfter("content/course.md")));
    }

    @Test
    void theRulesTableListsTheWholeCatalogWithDefaultSeverities() {
        List<List<String>> expected = new java.util.ArrayList<>();
        expected.add(List.of("Rule", "Default severity", "What it reports"));
        Arrays.stream(Rule.values()).forEach(r -> expected.add(List.of(r.id(), r.defaultSeverity().label(), r.description())));
        assertEquals(expected, rows(tableAfter("Rules")));
        assertEquals(List.of("io-error", "error", "a content file or folder could not be read"), rows(tableAfter("Rules")).get(1));
    }

    @Test
    void cleanContentSaysThereIsNothingToReport() {
        Document clean = render(new CourseContent(Optional.empty(), List.of(), List.of(), List.of(), List.of()), List.of());

        assertEquals(List.of("Lectern read 0 lesson specifications in content and found 0 errors, 0 warnings, 0 infos in 0 files.",
                "Problems found while publishing (formulas KaTeX cannot typeset, broken links) are listed too on the "
                        + "course's own validation page.",
                "No lesson specifications were found.", "No ticked checklist item is contradicted by the specification.",
                "No diagnostics.", "No checklist items were found.", "No lesson specifications were found.",
                "No diagnostics.",
                "Each rule's id, as diagnostics and lectern.yaml name it, and its default severity."),
                clean.select("p").eachText());
    }

    @Test
    void eachLessonIsCollapsedUnderASummaryOfItsVerdictAndCounts() {
        assertEquals(List.of("lesson-sample-lesson", "lesson-stray-lesson"), page.select("details.lesson-report").eachAttr("id"));
        assertEquals(List.of(), page.select("details[open]"));
        assertEquals(List.of("Sample & Test · PASS · 2 warnings", "stray-lesson · Not reviewed · not publishable · 1 error"),
                page.select("details.lesson-report > summary").eachText());
    }

    @Test
    void diagnosticsLessSevereThanTheListingAreCountedNotListed() {
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        new ValidationReportRenderer(sink, new CheckResult(SampleLessons.course(), diagnostics, List.of(), Config.LISTED_FROM), "content")
                .render();
        sink.close();
        Element course = Jsoup.parse(html.toString()).select("h3").stream()
                .filter(h -> h.text().equals("content/course.md")).findFirst().orElseThrow().parent();

        assertEquals(null, course.selectFirst("table"));
        assertEquals("1 less severe than warning counted, not listed (pages: min-severity in lectern.yaml).",
                course.selectFirst("p").text());
    }
}
