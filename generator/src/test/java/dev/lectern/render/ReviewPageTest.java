package dev.lectern.render;

import static dev.lectern.render.RenderedSite.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class ReviewPageTest {
    private static final RenderedSite SITE = RenderedSite.sample();

    private final Document page = SITE.page("lessons/sample-lesson/review.html");
    private final Elements reviews = page.select("section.review");

    @Test
    void showsEachIterationWithDateAndVerdict() {
        assertEquals(List.of("Review -- 2026-02-20 (Iteration 1/3)", "Review -- 2026-02-21 (Iteration 2/3)"),
                texts(reviews.select("> h2")));
        assertEquals(List.of("Iteration 1/3", "2026-02-20", "MAJOR REVISION"),
                texts(reviews.get(0).select(".review-facts dd")));
        assertEquals("verdict verdict-major-revision", reviews.get(0).selectFirst(".review-facts .verdict").className());
        assertEquals("verdict verdict-pass", reviews.get(1).selectFirst(".review-facts .verdict").className());
    }

    @Test
    void comparesTheStatedSummaryCountsWithTheFindingsListed() {
        Elements rows = reviews.get(0).select("table.summary-counts tbody tr");
        assertEquals(List.of("Critical 1 1", "Improvement 2 1", "Polish 1 1"), texts(rows));
        assertEquals(List.of("severity-critical", "severity-improvement count-mismatch", "severity-polish"),
                rows.stream().map(Element::className).toList());
        assertEquals(List.of("Critical 0 0", "Improvement – 0", "Polish – 0"),
                texts(reviews.get(1).select("table.summary-counts tbody tr")));
    }

    @Test
    void groupsFindingsBySeverityWithAllTheirFields() {
        Elements groups = reviews.get(0).select("section.finding-group");
        assertEquals(List.of("Critical (1)", "Improvement (1)", "Polish (1)"), texts(groups.select("> h3")));
        Element critical = groups.get(0).selectFirst("article.finding");
        assertEquals("finding-116", critical.id());
        assertEquals("CRITICAL Missing contrastive example", critical.selectFirst("h4").text());
        assertEquals(List.of("Location", "Issue", "Student impact", "Suggested fix"), texts(critical.select("dt")));
        assertEquals(List.of("Section 8", "No example of x_0 output.", "Stays abstract.", "Add two cards."),
                texts(critical.select("dd")));
        assertEquals("x_0", critical.selectFirst("dd span.katex").text());
        Element improvement = groups.get(1).selectFirst("article.finding");
        assertEquals(List.of("Issue", "Suggested fix"), texts(improvement.select("dt")));
    }

    @Test
    void showsTheListWrittenUnderAFindingsFieldUnderThatField() {
        Element improvement = reviews.get(0).select("section.finding-group").get(1).selectFirst("article.finding");
        Element fix = improvement.select("dd").get(1);
        assertEquals("Introduce it: in the hook", fix.text());
        assertEquals(List.of("in the hook"), texts(fix.select("ul > li")));
        assertEquals(1, improvement.select("ul").size());
    }

    @Test
    void keepsSubsectionsInSourceOrderAroundTheFindings() {
        assertEquals(List.of("Verdict: MAJOR REVISION", "Critical (1)", "Improvement (1)", "Polish (1)",
                "Review Notes"), texts(reviews.get(0).select("> section > h3")));
        assertEquals(List.of("Verdict: PASS", "Resolution check"),
                texts(reviews.get(1).select("> section > h3")));
    }

    @Test
    void keepsTheIntroAndReviewNotes() {
        assertEquals("Weak ADD half.", reviews.get(0).selectFirst("table.summary-counts + p").text());
        Element notes = reviews.get(0).selectFirst("section.part#review-notes");
        assertEquals("Review Notes", notes.selectFirst("h3").text());
        assertEquals("What works well: LCM.", notes.selectFirst("p").text());
    }

    @Test
    void rendersTheResolutionCheckTableInFull() {
        Element table = reviews.get(1).selectFirst("section.resolution-check table.typed-resolution-check");
        assertEquals(List.of("Finding", "Severity", "Status", "How Resolved"), texts(table.select("thead th")));
        assertEquals(List.of("Missing contrastive example", "CRITICAL", "RESOLVED", "Two cards added."),
                texts(table.select("tbody td")));
        assertEquals(0, reviews.get(1).select("section.finding-group").size());
    }

    @Test
    void listsTheChecklistsWithTickedItemsAndCounts() {
        Element section = page.selectFirst("section.checklists#checklists");
        Elements lists = section.select("section.checklist");
        assertEquals(List.of("Prerequisite Audit 2/2", "Pedagogical Design 1/2"), texts(lists.select("h3")));
        Elements items = lists.get(1).select("ul.checklist-items > li");
        assertEquals(List.of("Narrative stated", "Three modalities"), texts(items.select(".item-text")));
        assertEquals(List.of("done claim-verified", "open claim-unknown"), items.stream().map(Element::className).toList());
        assertEquals(List.of("verified", "unknown"), texts(items.select(".claim-status")));
        assertEquals(List.of("the specification has its Narrative Arc part", "the lesson is not planned (no Phase 2 or 3)"),
                texts(items.select(".claim-reason")));
        assertEquals(List.of("line 42: Narrative Arc"), texts(items.select("ul.evidence li")));
        assertEquals(List.of(true, false), items.stream().map(i -> i.selectFirst("input").hasAttr("checked")).toList());
        assertEquals("records", lists.get(0).selectFirst("li strong").text());
    }

    @Test
    void saysSoWhenTheLessonHasNoReviews() {
        Document bare = SITE.page("lessons/stray-lesson/review.html");
        assertEquals("This lesson has not been reviewed yet.", bare.selectFirst("main .empty-state").text());
    }
}
