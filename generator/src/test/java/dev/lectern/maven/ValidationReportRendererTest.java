package dev.lectern.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.math.RenderedMath;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import dev.lectern.render.SampleLessons;
import dev.lectern.render.ValidationPageRenderer;
import dev.lectern.site.CheckResult;
import dev.lectern.site.Lectern;
import dev.lectern.testing.Repo;
import dev.lectern.validate.ChecklistClaims;
import dev.lectern.validate.Config;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the report through a real Doxia sink and reads the HTML back. The course is the
 * hand-built sample: "Sample & Test" passed its second review (no open findings, one checklist
 * item unticked); "stray-lesson" was never reviewed and has an error.
 */
class ValidationReportRendererTest {

    private static final String STRAY = "lessons/stray-lesson.md";

    private final List<Diagnostic> diagnostics = List.of(
            new Diagnostic(SampleLessons.FILE, 85, 15, Severity.WARNING, "unknown-component-color",
                    "GradientCard colour 'fuchsia' is not in the palette"),
            new Diagnostic(SampleLessons.FILE, 158, 1, Severity.WARNING, "checklist-unchecked",
                    "'Three modalities' is not ticked"),
            new Diagnostic(STRAY, 3, 0, Severity.ERROR, "slug-mismatch", "the slug differs from the file name"),
            new Diagnostic("course.md", 0, 0, Severity.INFO, "unknown-file", "the course has no Goal section"));

    private final Document page = render(SampleLessons.course(), diagnostics, Severity.INFO);

    private static Document render(CourseContent content, List<Diagnostic> diagnostics, Severity listedFrom) {
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        new ValidationReportRenderer(sink, ReportPage.of(
                new CheckResult(content, diagnostics, List.of(), listedFrom), "content", false).body())
                .render();
        sink.close();
        return Jsoup.parse(html.toString());
    }

    private static List<List<String>> rows(Element table) {
        return table.select("tr").stream()
                .map(tr -> tr.select("th, td").stream().map(Element::text).toList())
                .toList();
    }

    @Test
    void hasTheCoursePagesSectionsInItsOrderUnderThePageTitle() {
        assertEquals(List.of("Lesson validation"), page.select("h1").eachText());
        assertEquals(List.of("publishing", "contradicted", "by-rule", "checklists", "lessons", "other-files", "rules"),
                page.select(".lectern-report > section > h2").eachAttr("id"));
        assertEquals(List.of("Can we publish?", "Contradicted checklist claims", "Diagnostics by rule",
                "Checklist verification", "Lessons", "Other files", "Rules"), page.select("h2").eachText());
    }

    /** The course's own validation page, for the same content and diagnostics. */
    private Document coursePage() {
        return Jsoup.parse(new String(new ValidationPageRenderer(new ChecklistClaims())
                .render(SampleLessons.course(), diagnostics, Severity.INFO).content(), StandardCharsets.UTF_8));
    }

    @Test
    void hasEveryIdAndAnchorOfTheCoursesOwnPage() {
        Document course = coursePage();
        List<String> ids = page.select(".lectern-report [id]").eachAttr("id");

        assertEquals(course.select("main [id]").eachAttr("id"), ids);
        assertEquals(course.select("main a[href^=#]").eachAttr("href"), page.select(".lectern-report a[href^=#]").eachAttr("href"));
        page.select(".lectern-report a[href^=#]").eachAttr("href")
                .forEach(href -> assertTrue(ids.contains(href.substring(1)), href + " points at nothing"));
        assertTrue(ids.containsAll(List.of("lesson-sample-lesson", "lesson-stray-lesson", "by-rule-slug-mismatch",
                "file-course-md", "rule-slug-mismatch")), ids.toString());
    }

    @Test
    void opensWithTheLessonsThatCannotBePublishedAndWhyAsTheCoursesPageDoes() {
        Element publishing = page.selectFirst("section.publishing");
        assertEquals(List.of("stray-lesson"), publishing.select("table.blocked-table tbody th").eachText());
        assertEquals(List.of("#lesson-stray-lesson", "#rule-slug-mismatch"), publishing.select("a").eachAttr("href"));
        for (String section : List.of("publishing", "contradicted", "checklist-verification", "file-reports", "rules")) {
            // the same, but that the lessons are under lessons/ from the Maven site and ../ from the course's page
            assertEquals(coursePage().selectFirst("main > section." + section).outerHtml(),
                    page.selectFirst(".lectern-report > section." + section).outerHtml()
                            .replace("href=\"lessons/", "href=\"../"), section);
        }
    }

    @Test
    void saysWhatItCheckedAndPointsToTheCoursesPageForWhatPublishingFinds() {
        Element intro = page.selectFirst(".lectern-report > p");
        assertEquals("Lectern checked the 2 lesson specifications in content. Problems found while publishing "
                + "(formulas KaTeX cannot typeset, broken links) are listed too on the course’s own validation page.",
                intro.text());
        assertEquals(List.of("lessons/reports/validation.html"), intro.select("a").eachAttr("href"));
        assertEquals("1 error, 2 warnings, 1 info in 3 files, from reading and validating the content. Each rule opens "
                + "to its diagnostics; lectern.yaml can change a rule’s severity.",
                page.selectFirst("section.rule-summary > p.note").text());
    }

    @Test
    void linksToTheLessonsPagesUnderLessons() {
        assertEquals(List.of("lessons/sample-lesson/index.html", "lessons/sample-lesson/spec.html",
                        "lessons/sample-lesson/review.html"),
                page.getElementById("lesson-sample-lesson").select(".lesson-facts a").eachAttr("href"));
        List<String> outward = page.select(".lectern-report a[href]").eachAttr("href").stream()
                .filter(href -> !href.startsWith("#")).toList();
        assertEquals(8, outward.size(), outward.toString());
        outward.forEach(href -> assertTrue(href.startsWith("lessons/"), href));
    }

    @Test
    void eachLessonIsCollapsedUnderASummaryOfItsVerdictAndCountsOverItsItemsAndDiagnostics() {
        assertEquals(List.of(), page.select("details[open]"));
        assertEquals(List.of("Sample & Test · PASS · 2 warnings", "stray-lesson · Not reviewed · not publishable · 1 error"),
                page.select("details.lesson-report > summary").eachText());
        Element sample = page.getElementById("lesson-sample-lesson");
        assertEquals(List.of("Item", "Status", "Why", "Evidence"), rows(sample.selectFirst("table.claims-table")).get(0));
        assertEquals(List.of(List.of("Line", "Severity", "Rule", "Message"),
                        List.of("85:15", "warning", "unknown-component-color", "GradientCard colour 'fuchsia' is not in the palette"),
                        List.of("158:1", "warning", "checklist-unchecked", "'Three modalities' is not ticked")),
                rows(sample.selectFirst("table.diagnostics")));
    }

    /** What matters first: an error before any warning, a warning before any info, however many there are. */
    @Test
    void theRuleSummaryListsErrorsThenWarningsThenInfosEachMostFrequentFirstThenByNameAsTheCoursesPageDoes() {
        List<Diagnostic> found = List.of(
                new Diagnostic(STRAY, 1, 1, Severity.INFO, "prereq-not-traceable", "no record"),
                new Diagnostic(STRAY, 2, 1, Severity.INFO, "prereq-not-traceable", "no record"),
                new Diagnostic(STRAY, 3, 1, Severity.INFO, "prereq-not-traceable", "no record"),
                new Diagnostic(STRAY, 4, 1, Severity.WARNING, "too-few-examples", "no negative example"),
                new Diagnostic(STRAY, 5, 1, Severity.WARNING, "broken-link", "points at nothing"),
                new Diagnostic(STRAY, 6, 1, Severity.WARNING, "unknown-component-color", "not in the palette"),
                new Diagnostic(STRAY, 7, 1, Severity.WARNING, "unknown-component-color", "not in the palette"),
                new Diagnostic(STRAY, 8, 0, Severity.ERROR, "slug-mismatch", "the slug differs from the file name"));
        List<String> order = List.of("slug-mismatch · error · 1 in 1 file",
                "unknown-component-color · warning · 2 in 1 file", "broken-link · warning · 1 in 1 file",
                "too-few-examples · warning · 1 in 1 file", "prereq-not-traceable · info · 3 in 1 file");

        assertEquals(order, render(SampleLessons.course(), found, Severity.INFO)
                .select("section.rule-summary details.rule-report > summary").eachText());
        assertEquals(order, Jsoup.parse(new String(new ValidationPageRenderer(new ChecklistClaims())
                        .render(SampleLessons.course(), found, Severity.INFO).content(), StandardCharsets.UTF_8))
                .select("section.rule-summary details.rule-report > summary").eachText());
    }

    /** The corpus (skipped when absent), checked as the report goal checks a course. */
    @Test
    void overTheCorpusWarningsComeBeforeTheCommonerInfosAndTheLessonsWithNoChecklistAreNamed(@TempDir Path cache) {
        Path corpus = Repo.corpus();
        CheckResult result;
        try (Lectern lectern = Lectern.open(cache, (tex, display) -> RenderedMath.ok(tex))) {
            result = lectern.check(corpus);
        }
        Document report = Jsoup.parse(ReportPage.of(result, "corpus", false).body());

        assertEquals(List.of("position-mismatch · warning · 12 in 9 files",
                        "checklist-claim-contradicted · warning · 3 in 3 files",
                        "prereq-status-mismatch · warning · 3 in 3 files", "prereq-untraced · warning · 3 in 2 files",
                        "course-status-mismatch · warning · 2 in 1 file", "too-few-examples · warning · 2 in 2 files",
                        "unrecognised-component · warning · 2 in 2 files",
                        "cognitive-load-exceeded · warning · 1 in 1 file", "malformed-table · warning · 1 in 1 file",
                        "record-verdict-mismatch · warning · 1 in 1 file", "stretch-after-stretch · warning · 1 in 1 file",
                        "too-few-misconceptions · warning · 1 in 1 file", "unknown-component-color · warning · 1 in 1 file",
                        "prereq-not-traceable · info · 74 in 17 files"),
                report.select("section.rule-summary details.rule-report > summary").eachText());
        // series 1's six lessons and module 7.1's first two were written before checklists were
        Element none = report.selectFirst("section.checklist-verification > p.without-checklists");
        assertEquals("8 of 18 lessons have no checklist to verify: What is Learning?, Linear Regression, Loss Functions "
                + "— Measuring \"Wrongness\", Gradient Descent — Following the Slope, Learning Rate Deep Dive, "
                + "Implementing Linear Regression, ControlNet, ControlNet in Practice.", none.text());
        assertEquals(List.of("what-is-learning", "linear-regression", "loss-functions", "gradient-descent", "learning-rate",
                        "implementing-linear-regression", "controlnet", "controlnet-in-practice").stream()
                        .map(slug -> "lessons/" + slug + "/spec.html").toList(), none.select("a").eachAttr("href"));
    }

    @Test
    void theLessonsWithNoChecklistLinkToTheirSpecsUnderLessons() {
        Element none = page.selectFirst("section.checklist-verification p.without-checklists");
        assertEquals("1 of 2 lessons has no checklist to verify: stray-lesson.", none.text());
        assertEquals(List.of("lessons/stray-lesson/spec.html"), none.select("a").eachAttr("href"));
    }

    @Test
    void theRulesTableListsTheWholeCatalog() {
        Element rules = page.selectFirst("table.rules-table");
        assertEquals(Rule.values().length + 1, rules.select("tr").size());
        assertEquals(List.of("io-error", "error", "a content file or folder could not be read"), rows(rules).get(1));
    }

    @Test
    void cleanContentSaysThereIsNothingToReport() {
        Document clean = render(new CourseContent(Optional.empty(), List.of(), List.of(), List.of(), List.of()), List.of(),
                Severity.INFO);

        assertEquals(List.of("No lesson specifications were found.",
                "No ticked checklist item is contradicted by the specification.", "No diagnostics.",
                "No checklist items were found.", "No lesson specifications were found.", "No diagnostics."),
                clean.select(".empty-state").eachText());
    }

    @Test
    void diagnosticsLessSevereThanTheListingAreCountedNotListed() {
        Element course = render(SampleLessons.course(), diagnostics, Config.LISTED_FROM).getElementById("file-course-md");

        assertEquals(null, course.selectFirst("table"));
        assertEquals("1 less severe than warning counted, not listed (pages: min-severity in lectern.yaml).",
                course.selectFirst("p.note").text());
    }

    @Test
    void itsOwnStyleGivesTheSkinlessTablesCellsAndStripesScopedToTheReport() {
        String style = page.selectFirst(".lectern-report > style").data();
        assertTrue(style.contains(".lectern-report th, .lectern-report td {"), style);
        assertTrue(style.contains(".lectern-report tbody > tr:nth-child(odd) > * {"), style);
        style.lines().filter(rule -> !rule.isBlank())
                .flatMap(rule -> java.util.Arrays.stream(rule.substring(0, rule.indexOf('{')).split(",")))
                .forEach(selector -> assertTrue(selector.strip().startsWith(".lectern-report "), "not scoped: " + selector));
    }
}
