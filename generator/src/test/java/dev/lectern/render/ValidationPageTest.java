package dev.lectern.render;

import static dev.lectern.render.RenderedSite.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Finding;
import dev.lectern.model.Lesson;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import dev.lectern.validate.ChecklistClaims;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

    private final RenderedFile file = new ValidationPageRenderer(new ChecklistClaims()).render(SampleLessons.course(), DIAGNOSTICS,
            Severity.WARNING);
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
    void theFirstSectionSaysWhichLessonsCannotBePublishedAndWhy() {
        Element first = page.selectFirst("main > section");
        assertEquals("publishing", first.selectFirst("h2").id());
        assertEquals("1 of 2 lessons cannot be published. A lesson is publishable when its latest review’s verdict is "
                + "a PASS and it has no error.", first.selectFirst(".verdict-line").text());
        assertEquals(List.of(List.of("Lesson", "Latest verdict", "What must change"),
                        List.of("stray-lesson", "Not reviewed", "it has no review verdict lessons/stray-lesson.md:3 "
                                + "slug-mismatch: the slug differs from the file name")),
                rows(first.selectFirst("table.blocked-table")));
        assertEquals(List.of("#lesson-stray-lesson", "#rule-slug-mismatch"), first.select("a").eachAttr("href"));
    }

    @Test
    void whatMustChangeNamesTheOpenFindingsThatStandBetweenTheLessonAndAPassButNotItsPolish() {
        assertEquals(List.of("the latest verdict is MAJOR REVISION, not PASS",
                        "open CRITICAL finding at line 116: Missing contrastive example",
                        "open IMPROVEMENT finding at line 123: Analogy absent"),
                whatMustChange(SampleLessons.review1()));
    }

    /** what-is-learning's case: a review written as its fixes were made, and no review after them. */
    @Test
    void whatMustChangeSaysAReviewIsMissingWhenEveryFindingOfTheLatestOneRecordsItsFix() {
        ReviewSection review = SampleLessons.review1();
        List<Finding> fixed = review.findings().stream().map(f -> new Finding(f.line(), f.severity(), f.severityText(),
                f.title(), f.location(), f.issue(), f.studentImpact(), f.suggestedFix(),
                List.of(SampleLessons.para("**Fix applied:** done.", f.line() + 1)))).toList();
        ReviewSection revised = new ReviewSection(review.line(), review.heading(), review.date(), review.iteration(),
                review.plannedIterations(), review.summary(), review.verdict(), fixed, review.resolutionCheck(),
                review.intro(), review.parts());

        assertEquals(List.of("the latest verdict is MAJOR REVISION, not PASS; none of its findings is still open: a review "
                + "of the revised lesson is what is missing"), whatMustChange(revised));
    }

    /** The "What must change" row of the sample lesson with {@code review} its only section. */
    private static List<String> whatMustChange(ReviewSection review) {
        Lesson base = SampleLessons.lesson();
        Lesson lesson = new Lesson(base.file(), base.fileSlug(), base.folderModuleId(), base.title(), base.metadata(),
                List.of(), List.of(review), List.of());
        Document blocked = Jsoup.parse(new String(new ValidationPageRenderer(new ChecklistClaims()).render(
                new CourseContent(Optional.empty(), List.of(), List.of(), List.of(), List.of(lesson)), List.of(),
                Severity.WARNING).content(), StandardCharsets.UTF_8));
        return texts(blocked.select("table.blocked-table td[data-label=What must change] li"));
    }

    @Test
    void aRuleWithHundredsOfDiagnosticsListsTheFirstHundredAndCountsTheRest() {
        String lesson = SampleLessons.course().lessons().get(0).file();
        List<Diagnostic> many = new java.util.ArrayList<>(DIAGNOSTICS);
        for (int line = 1; line <= 250; line++) {
            many.add(new Diagnostic(lesson, line, 1, dev.lectern.model.Severity.INFO, "spaced-em-dash",
                    "an em dash with spaces"));
        }
        Document big = Jsoup.parse(new String(new ValidationPageRenderer(new ChecklistClaims()).render(SampleLessons.course(), many, Severity.INFO)
                .content(),
                StandardCharsets.UTF_8));

        Element rule = big.getElementById("by-rule-spaced-em-dash");
        assertEquals("spaced-em-dash · info · 250 in 1 file", rule.selectFirst("summary").text());
        assertEquals(100, rule.select("tr.diagnostic").size());
        assertEquals("And 150 more: each lesson’s details below list its own, and lectern check --format json "
                + "lists every one.", rule.selectFirst("p.more").text());
    }

    @Test
    void theSectionsComeInTheOrderAReviewerAsks() {
        assertEquals(List.of("publishing", "contradicted", "by-rule", "checklists", "lessons", "other-files", "rules"),
                page.select("main > section > h2").eachAttr("id"));
    }

    @Test
    void theRuleSummaryCountsEachRuleMostSevereFirstAndOpensToItsDiagnostics() {
        assertEquals(List.of("slug-mismatch · error · 1 in 1 file",
                        "broken-link · warning · 1 in 1 file",
                        "unknown-component-color · warning · 1 in 1 file",
                        "unknown-file · info · 1 in 1 file"),
                texts(page.select("section.rule-summary details.rule-report > summary")));
        assertEquals(List.of("by-rule-slug-mismatch", "by-rule-broken-link", "by-rule-unknown-component-color",
                "by-rule-unknown-file"), page.select("details.rule-report").eachAttr("id"));
        // the link to the rule's description is inside the details, not its summary (a link in a summary is
        // a control inside a control, which screen readers cannot reach)
        assertEquals(List.of(), page.select("details.rule-report > summary a"));
        assertEquals(List.of("#rule-slug-mismatch"), page.selectFirst("details.rule-report > p.rule-link").select("a")
                .eachAttr("href"));
        assertEquals(List.of(List.of("Where", "Message"), List.of("lessons/sample-lesson/index.html",
                        "link '../nope.html' points at lessons/nope.html, which the site does not have")),
                rows(page.getElementById("by-rule-broken-link").selectFirst("table")));
    }

    @Test
    void theChecklistVerificationCountsEachChecksStatusesAcrossTheCourse() {
        assertEquals(List.of(List.of("Check", "Verified", "Contradicted", "Not machine-checkable", "Unknown", "Items"),
                        List.of("every assumed concept listed with its required depth", "1", "0", "0", "0", "1"),
                        List.of("every prerequisite traced in its source lesson's module record", "1", "0", "0", "0", "1"),
                        List.of("the narrative motivation is stated", "1", "0", "0", "0", "1"),
                        List.of("at least 3 modalities, each with a rationale", "0", "0", "0", "1", "1"),
                        List.of("All items", "3", "0", "0", "1", "4")),
                rows(page.selectFirst("details.claim-counts table.claim-counts-table")));
        assertEquals("4 checklist items: 3 verified, 0 contradicted, 0 not machine-checkable, 1 unknown.",
                page.selectFirst(".claim-totals").text());
    }

    @Test
    void theChecklistVerificationNamesTheLessonsWithNoChecklistLinkedToTheirSpecs() {
        Element none = page.selectFirst("section.checklist-verification > p.without-checklists");
        assertEquals("1 of 2 lessons has no checklist to verify: stray-lesson.", none.text());
        assertEquals(List.of("../stray-lesson/spec.html"), none.select("a").eachAttr("href"));
    }

    @Test
    void eachLessonHasCollapsedDetailsWithItsPagesChecklistAndDiagnostics() {
        assertEquals(List.of("lesson-sample-lesson", "lesson-stray-lesson"), page.select("details.lesson-report").eachAttr("id"));
        assertEquals(List.of(), page.select("details[open]"));
        Element sample = page.getElementById("lesson-sample-lesson");
        assertEquals("Sample & Test · PASS · 1 warning", sample.selectFirst("summary").text());
        assertEquals("series-1/module-1-2/lessons/sample-lesson.md · module 1.2 · iteration 2/3 · 2026-02-21 · open "
                        + "findings: 0 critical, 0 improvement, 0 polish · lesson · spec · review",
                sample.selectFirst(".lesson-facts").text());
        assertEquals(List.of("../sample-lesson/index.html", "../sample-lesson/spec.html", "../sample-lesson/review.html"),
                sample.select(".lesson-facts a").eachAttr("href"));
        assertEquals(List.of("158 ☐ Three modalities", "unknown", "the lesson is not planned (no Phase 2 or 3)", ""),
                rows(sample.selectFirst("table.claims-table")).get(4));
        assertEquals(List.of(List.of("Line", "Severity", "Rule", "Message"),
                        List.of("85:15", "warning", "unknown-component-color",
                                "GradientCard colour 'fuchsia' is not in the palette")),
                rows(sample.selectFirst("table.diagnostics")));
        assertEquals("stray-lesson · Not reviewed · not publishable · 1 error",
                page.getElementById("lesson-stray-lesson").selectFirst("summary").text());
    }

    @Test
    void theReviewBoardGivesEveryLessonsLatestReviewAndOpenFindingsInOneTableLinkedToItsDetails() {
        Element board = page.selectFirst("section.lesson-reports > details.review-board");
        assertEquals("Review board: every lesson’s latest review and open findings (2)", board.selectFirst("summary").text());
        assertEquals(List.of(List.of("Lesson", "Module", "Latest verdict", "Iteration", "Date", "Critical",
                        "Improvement", "Polish"),
                List.of("Sample & Test", "1.2", "PASS", "2/3", "2026-02-21", "0", "0", "0"),
                List.of("stray-lesson", "", "Not reviewed", "", "", "0", "0", "0")), rows(board.selectFirst("table")));
        assertEquals(List.of("#lesson-sample-lesson", "#lesson-stray-lesson"), board.select("tbody a").eachAttr("href"));
    }

    @Test
    void otherFilesAndPublishedPagesGetTheirOwnSectionsByPath() {
        assertEquals(List.of("file-course-md", "file-lessons-sample-lesson-index-html"),
                page.select("details.file-report").eachAttr("id"));
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
        assertEquals(List.of("#rule-unknown-component-color", "#rule-slug-mismatch", "#rule-broken-link"),
                page.select("details.lesson-report table.diagnostics a, details.file-report table.diagnostics a")
                        .eachAttr("href"));
    }

    @Test
    void everyLinkWithinThePageFindsItsTarget() {
        for (Element link : page.select("a[href^=#]")) {
            assertEquals(1, page.select("[id=" + link.attr("href").substring(1) + "]").size(), link.attr("href"));
        }
    }

    @Test
    void aRuleOutsideTheCatalogIsShownWithoutALink() {
        Document other = Jsoup.parse(new String(new ValidationPageRenderer(new ChecklistClaims()).render(SampleLessons.course(),
                List.of(new Diagnostic("course.md", 1, 1, Severity.INFO, "someone-elses", "x")), Severity.INFO).content(),
                StandardCharsets.UTF_8));

        assertEquals("someone-elses", other.selectFirst("details.file-report table.diagnostics code").text());
        assertEquals(List.of(), other.select("details.file-report table.diagnostics a"));
        assertEquals(List.of(), other.select("details.rule-report > summary a"));
    }

    @Test
    void anEmptyCourseSaysThereIsNothingToReport() {
        Document empty = Jsoup.parse(new String(new ValidationPageRenderer(new ChecklistClaims()).render(
                new dev.lectern.model.CourseContent(java.util.Optional.empty(), List.of(), List.of(), List.of(), List.of()),
                List.of(), Severity.WARNING).content(), StandardCharsets.UTF_8));

        assertEquals(List.of("No lesson specifications were found.",
                "No ticked checklist item is contradicted by the specification.", "No diagnostics.",
                "No checklist items were found.", "No lesson specifications were found.", "No diagnostics."),
                texts(empty.select(".empty-state")));
    }

    @Test
    void oneRendererRendersAgainWhenTheDiagnosticsChangeAndHandsBackTheSamePageWhenNothingDid() {
        ValidationPageRenderer renderer = new ValidationPageRenderer(new ChecklistClaims());
        RenderedFile first = renderer.render(SampleLessons.course(), DIAGNOSTICS, Severity.WARNING);
        RenderedFile fewer = renderer.render(SampleLessons.course(), DIAGNOSTICS.subList(1, DIAGNOSTICS.size()),
                Severity.WARNING);
        RenderedFile again = renderer.render(SampleLessons.course(), DIAGNOSTICS.subList(1, DIAGNOSTICS.size()),
                Severity.WARNING);

        assertEquals(new String(file.content(), StandardCharsets.UTF_8), new String(first.content(), StandardCharsets.UTF_8));
        assertEquals(false, Arrays.equals(first.content(), fewer.content()), "the report follows the diagnostics");
        assertEquals(new String(new ValidationPageRenderer(new ChecklistClaims()).render(SampleLessons.course(),
                DIAGNOSTICS.subList(1, DIAGNOSTICS.size()), Severity.WARNING).content(), StandardCharsets.UTF_8),
                new String(fewer.content(), StandardCharsets.UTF_8));
        assertSame(fewer, again, "an equal model gives back the page already rendered");
    }

    @Test
    void lessSevereDiagnosticsThanThePagesListFromAreCountedNotListed() {
        assertEquals("Counted, not listed: the page lists diagnostics from warning up; lectern check --min-severity "
                + "info prints them.", page.getElementById("by-rule-unknown-file").selectFirst("p.note").text());
        assertEquals(List.of(), page.getElementById("file-course-md").select("table.diagnostics"));
        assertEquals("1 less severe than warning counted, not listed (pages: min-severity in lectern.yaml).",
                page.getElementById("file-course-md").selectFirst("p.note").text());

        Document all = Jsoup.parse(new String(new ValidationPageRenderer(new ChecklistClaims()).render(SampleLessons.course(), DIAGNOSTICS,
                Severity.INFO).content(), StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("Line", "Severity", "Rule", "Message"), List.of("–", "info", "unknown-file",
                "the course has no <Goal> section")), rows(all.getElementById("file-course-md").selectFirst("table")));
        assertEquals(List.of(), all.getElementById("file-course-md").select("p.note"));
    }
}
