package dev.lectern.render;

import static dev.lectern.render.RenderedSite.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The static validation page over the hand-built sample course ("Sample &amp; Test" passed its
 * second review; "stray-lesson" was never reviewed) with its diagnostics ({@link SampleLessons#diagnostics()}),
 * one of them on a published page.
 */
class ValidationPageTest {
    private static final List<Diagnostic> DIAGNOSTICS = SampleLessons.diagnostics();

    private final RenderedFile file = new ValidationPageRenderer().render(SampleLessons.course(), DIAGNOSTICS);
    private final Document page = Jsoup.parse(new String(file.content(), StandardCharsets.UTF_8));

    private static List<List<String>> rows(Element table) {
        return table.select("tr").stream().map(tr -> texts(tr.select("th, td"))).toList();
    }

    @Test
    void goesIntoTheReportsFolderOfTheLessonsWithTheLessonsStylesheets() {
        assertEquals("lessons/reports/validation.html", file.path());
        assertEquals("Lesson validation", page.title());
        assertEquals(List.of("../assets/katex/katex.min.css", "../assets/lectern.css"),
                page.select("link[rel=stylesheet]").eachAttr("href"));
        assertEquals(List.of("../index.html"), page.select("header a").eachAttr("href"));
        assertEquals("2 lessons checked", page.selectFirst("header .page-kind").text());
    }

    @Test
    void totalsCountEverySeverityAndTheFilesWithDiagnostics() {
        assertEquals(List.of(List.of("Errors", "Warnings", "Infos", "Files with diagnostics"), List.of("1", "2", "1", "4")),
                rows(page.selectFirst("table.totals-table")));
    }

    @Test
    void theReviewBoardHasOneRowPerLessonWithItsLatestReviewAndDiagnostics() {
        assertEquals(List.of(
                        List.of("Lesson", "Module", "Latest verdict", "Iteration", "Date", "Critical", "Improvement",
                                "Polish", "Diagnostics"),
                        List.of("Sample & Test", "1.2", "PASS", "2/3", "2026-02-21", "0", "0", "0", "1 warning"),
                        List.of("stray-lesson", "", "Not reviewed", "", "", "0", "0", "0", "1 error")),
                rows(page.selectFirst("table.review-board-table")));
        assertEquals(List.of("stray-lesson"), page.select("table.review-board-table tr[data-status=draft]")
                .eachAttr("data-lesson"));
        assertEquals(List.of("#lesson-sample-lesson", "#lesson-stray-lesson"),
                page.select("table.review-board-table a").eachAttr("href"));
    }

    @Test
    void theChecklistTableSaysHowManyItemsOfEachChecklistAreTicked() {
        assertEquals(List.of(List.of("Lesson", "Checklists", "Items ticked"),
                        List.of("Sample & Test", "Prerequisite Audit 2/2, Pedagogical Design 1/2", "3/4"),
                        List.of("stray-lesson", "–", "0/0")),
                rows(page.selectFirst("table.checklist-table")));
        assertEquals(List.of("checklist-progress complete", "checklist-progress incomplete"),
                page.select("table.checklist-table span").eachAttr("class"));
    }

    @Test
    void eachLessonHasASectionWithItsPagesAndDiagnostics() {
        assertEquals(List.of("lesson-sample-lesson", "lesson-stray-lesson"), page.select("section.lesson-report").eachAttr("id"));
        Element sample = page.getElementById("lesson-sample-lesson");
        assertEquals("Sample & Test", sample.selectFirst("h3").text());
        assertEquals("series-1/module-1-2/lessons/sample-lesson.md · lesson · spec · review",
                sample.selectFirst(".lesson-facts").text());
        assertEquals(List.of("../sample-lesson/index.html", "../sample-lesson/spec.html", "../sample-lesson/review.html"),
                sample.select(".lesson-facts a").eachAttr("href"));
        assertEquals(List.of(List.of("Line", "Severity", "Rule", "Message"),
                        List.of("85:15", "warning", "unknown-component-color",
                                "GradientCard colour 'fuchsia' is not in the palette")),
                rows(sample.selectFirst("table.diagnostics")));
        assertEquals(List.of(List.of("Line", "Severity", "Rule", "Message"),
                        List.of("3", "error", "slug-mismatch", "the slug differs from the file name")),
                rows(page.getElementById("lesson-stray-lesson").selectFirst("table.diagnostics")));
    }

    @Test
    void otherFilesAndPublishedPagesGetTheirOwnSectionsByPath() {
        assertEquals(List.of("file-course-md", "file-lessons-sample-lesson-index-html"),
                page.select("section.file-report").eachAttr("id"));
        assertEquals(List.of(List.of("Line", "Severity", "Rule", "Message"),
                        List.of("–", "info", "unknown-file", "the course has no <Goal> section")),
                rows(page.getElementById("file-course-md").selectFirst("table")));
        assertEquals(List.of(List.of("Line", "Severity", "Rule", "Message"),
                        List.of("–", "warning", "broken-link",
                                "link '../nope.html' points at lessons/nope.html, which the site does not have")),
                rows(page.getElementById("file-lessons-sample-lesson-index-html").selectFirst("table")));
    }

    @Test
    void theRulesTableListsTheCatalogAndDiagnosticsLinkToTheirRule() {
        List<List<String>> expected = new java.util.ArrayList<>();
        expected.add(List.of("Rule", "Default severity", "What it reports"));
        Arrays.stream(Rule.values()).forEach(r -> expected.add(List.of(r.id(), r.defaultSeverity().label(), r.description())));
        assertEquals(expected, rows(page.selectFirst("table.rules-table")));
        assertEquals(List.of("#rule-unknown-component-color", "#rule-slug-mismatch", "#rule-unknown-file", "#rule-broken-link"),
                page.select("table.diagnostics a").eachAttr("href"));
    }

    @Test
    void everyLinkWithinThePageFindsItsTarget() {
        for (Element link : page.select("a[href^=#]")) {
            assertEquals(1, page.select("[id=" + link.attr("href").substring(1) + "]").size(), link.attr("href"));
        }
    }

    @Test
    void aRuleOutsideTheCatalogIsShownWithoutALink() {
        Document other = Jsoup.parse(new String(new ValidationPageRenderer().render(SampleLessons.course(),
                List.of(new Diagnostic("course.md", 1, 1, Severity.INFO, "someone-elses", "x"))).content(),
                StandardCharsets.UTF_8));

        assertEquals("someone-elses", other.selectFirst("table.diagnostics code").text());
        assertEquals(List.of(), other.select("table.diagnostics a"));
    }

    @Test
    void anEmptyCourseSaysThereIsNothingToReport() {
        Document empty = Jsoup.parse(new String(new ValidationPageRenderer().render(
                new dev.lectern.model.CourseContent(java.util.Optional.empty(), List.of(), List.of(), List.of(), List.of()),
                List.of()).content(), StandardCharsets.UTF_8));

        assertEquals(List.of("No lesson specifications were found.", "No lesson specifications were found.",
                "No lesson specifications were found.", "No diagnostics."), texts(empty.select(".empty-state")));
    }

    @Test
    void oneRendererRendersAgainWhenTheDiagnosticsChangeAndHandsBackTheSamePageWhenNothingDid() {
        ValidationPageRenderer renderer = new ValidationPageRenderer();
        RenderedFile first = renderer.render(SampleLessons.course(), DIAGNOSTICS);
        RenderedFile fewer = renderer.render(SampleLessons.course(), DIAGNOSTICS.subList(1, DIAGNOSTICS.size()));
        RenderedFile again = renderer.render(SampleLessons.course(), DIAGNOSTICS.subList(1, DIAGNOSTICS.size()));

        assertEquals(new String(file.content(), StandardCharsets.UTF_8), new String(first.content(), StandardCharsets.UTF_8));
        assertEquals(false, Arrays.equals(first.content(), fewer.content()), "the report follows the diagnostics");
        assertEquals(new String(new ValidationPageRenderer().render(SampleLessons.course(),
                DIAGNOSTICS.subList(1, DIAGNOSTICS.size())).content(), StandardCharsets.UTF_8),
                new String(fewer.content(), StandardCharsets.UTF_8));
        assertSame(fewer, again, "an equal model gives back the page already rendered");
    }
}
