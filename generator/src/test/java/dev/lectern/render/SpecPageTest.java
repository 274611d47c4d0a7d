package dev.lectern.render;

import static dev.lectern.render.RenderedSite.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class SpecPageTest {
    private static final RenderedSite SITE = RenderedSite.sample();

    private final Document page = SITE.page("lessons/sample-lesson/spec.html");

    @Test
    void isTitledAsTheSpecAndMarksItselfCurrent() {
        assertEquals("Sample & Test · Spec", page.title());
        assertEquals("Spec", page.selectFirst("nav.lesson-nav a[aria-current=page]").text());
    }

    @Test
    void listsTheMetadataFieldsAsWritten() {
        assertEquals(List.of("Slug", "Module", "Cognitive Load"), texts(page.select(".meta-fields dt")));
        assertEquals(List.of("sample-lesson", "1.2 (Sample Module)", "BUILD (two concepts)"),
                texts(page.select(".meta-fields dd")));
        assertEquals("sample-lesson", page.selectFirst(".meta-fields dd code").text());
    }

    @Test
    void rendersEverySectionInOrder() {
        assertEquals(List.of("Phase 1: Orient (Student State)", "Phase 2: Analyze", "Phase 3: Design",
                        "Review -- 2026-02-20 (Iteration 1/3)", "Review -- 2026-02-21 (Iteration 2/3)", "Checklists",
                        "What Was Actually Built"),
                texts(page.select("section.spec-section > h2")));
        assertEquals(List.of("section-phase", "section-phase", "section-phase", "section-review", "section-review",
                        "section-checklists", "section-plain"),
                page.select("section.spec-section").stream().map(e -> e.classNames().stream()
                        .filter(c -> c.startsWith("section-")).findFirst().orElse("")).toList());
    }

    @Test
    void rendersPhasePartsWithTheirBlocks() {
        Element design = page.selectFirst("section#phase-3-design");
        assertEquals(List.of("Narrative Arc", "Lesson Outline"), texts(design.select("section.part > h3")));
        assertEquals("The story so far.", design.selectFirst("section#narrative-arc > p").text());
        assertEquals(List.of("1. Hook", "2. Explain"), texts(design.select("section#lesson-outline > h4")));
        assertEquals(3, design.select("[data-component=CardGrid] [data-component=GradientCard]").size());
    }

    @Test
    void rendersTypedTablesInFull() {
        Element table = page.selectFirst("table.typed-relevant-concepts");
        assertEquals(List.of("Concept", "Depth", "Source", "Notes"), texts(table.select("thead th")));
        assertEquals(List.of("Distillation", "DEVELOPED", "consistency-models (7.3.1)", "Trained a toy model."),
                texts(table.select("tbody td")));
    }

    @Test
    void marksEachPrerequisiteWithStatusTextAndClassAndComparesDepths() {
        Element table = page.selectFirst("table.typed-prerequisites");
        assertEquals(List.of("Check", "Concept", "Required Depth", "Actual Depth", "Source Lesson", "Status",
                "Reasoning"), texts(table.select("thead th")));
        Elements rows = table.select("tbody tr");
        assertEquals(3, rows.size());
        assertEquals(List.of("OK", "GAP", "MISSING"), texts(rows.select("td.check .mark")));
        assertEquals(List.of("mark mark-ok", "mark mark-gap", "mark mark-missing"),
                rows.select("td.check .mark").stream().map(Element::className).toList());
        assertEquals(List.of("DEVELOPED ≥ DEVELOPED", "MENTIONED < INTRODUCED", "none < INTRODUCED"),
                texts(rows.select("td.check .depth")));
        assertEquals(List.of("depth depth-meets", "depth depth-below", "depth depth-below"),
                rows.select("td.check .depth").stream().map(Element::className).toList());
        assertEquals(List.of("GAP MENTIONED < INTRODUCED", "GANs", "INTRODUCED", "MENTIONED",
                "from-pixels-to-latents (6.3.5)", "GAP", "Only named."), texts(rows.get(1).select("td")));
    }

    @Test
    void summarisesReviewsAndChecklistsWithLinksToTheReviewPage() {
        Element review = page.selectFirst("section#review-2026-02-20-iteration-1-3");
        assertEquals("Verdict: MAJOR REVISION. 3 findings. Read this review", review.selectFirst(".see-review").text());
        assertEquals("review.html#review-2026-02-20-iteration-1-3", review.selectFirst(".see-review a").attr("href"));
        assertEquals("review.html#checklists", page.selectFirst("section#checklists .see-review a").attr("href"));
    }

    @Test
    void rendersOtherSectionsAsWritten() {
        assertEquals("A notebook.", page.selectFirst("section#what-was-actually-built > p").text());
    }
}
