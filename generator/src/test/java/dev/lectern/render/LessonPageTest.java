package dev.lectern.render;

import static dev.lectern.render.RenderedSite.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Block;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Heading;
import dev.lectern.model.Lesson;
import dev.lectern.model.ListBlock;
import dev.lectern.model.MathBlock;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Part;
import dev.lectern.model.PhaseSection;
import dev.lectern.model.PlainSection;
import dev.lectern.model.Severity;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class LessonPageTest {
    private static final String PAGE = "lessons/sample-lesson/index.html";

    private static final RenderedSite SITE = RenderedSite.sample();

    private final RenderedSite site = SITE;
    private final Document page = site.page(PAGE);
    private final Element lesson = page.selectFirst("article.lesson");

    private static List<String> attrs(Elements elements, String name) {
        return elements.stream().map(e -> e.attr(name)).toList();
    }

    @Test
    void isAnHtml5PageWithLanguageTitleViewportAndStylesheets() {
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Sample & Test", page.title());
        assertEquals("width=device-width, initial-scale=1", page.selectFirst("meta[name=viewport]").attr("content"));
        assertEquals(List.of("../assets/katex/katex.min.css", "../assets/lectern.css"),
                attrs(page.select("link[rel=stylesheet]"), "href"));
        assertEquals("<!doctype html>", page.documentType().outerHtml().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void leadsBackToTheCourseAndToTheAuthorsPagesOnlyFromTheFooter() {
        assertEquals("../index.html", page.selectFirst("nav.breadcrumb a").attr("href"));
        assertEquals(0, page.select("nav.lesson-nav").size());
        assertEquals(List.of("spec.html", "review.html", "../reports/validation.html"),
                attrs(page.select("footer .for-authors a"), "href"));
    }

    @Test
    void showsTitleSeriesModuleAndPosition() {
        assertEquals("Sample & Test", page.selectFirst("h1").text());
        assertEquals(List.of("Series 1: Foundations", "Module 1.2: Sample Module"),
                texts(page.select(".eyebrow span")));
        assertEquals("Lesson 2 of 3 in module", page.selectFirst(".position").text());
    }

    @Test
    void shiftsOutlineHeadingsToLevelTwoWithAnchorsAndListsThemAsContents() {
        assertEquals(List.of("1. Hook", "2. Explain"), texts(lesson.select("h2")));
        assertEquals(List.of("1-hook", "2-explain"), attrs(lesson.select("h2"), "id"));
        assertEquals(List.of("#1-hook", "#2-explain"), attrs(page.select("nav.toc a"), "href"));
    }

    @Test
    void rendersParagraphsWithInlineMarkdownAndMath() {
        Element paragraph = lesson.selectFirst("h2#1-hook + p");
        assertEquals("carefully", paragraph.selectFirst("strong").text());
        assertEquals("L_{ADD} = L_d + \\lambda L_a", paragraph.selectFirst("span.katex").text());
        assertEquals("Read carefully: the loss L_{ADD} = L_d + \\lambda L_a costs $5 and $6.", paragraph.text());
    }

    @Test
    void rendersOrderedListsFromTheirStartNumber() {
        Element list = lesson.selectFirst("ol");
        assertEquals("3", list.attr("start"));
        assertEquals(List.of("First step", "Second step"), texts(list.select("> li")));
        assertEquals("step", list.selectFirst("li em").text());
    }

    @Test
    void rendersTaskItemsAsDisabledCheckboxes() {
        Elements tasks = lesson.select("li.task");
        assertEquals(List.of("task task-done", "task task-open"), attrs(tasks, "class"));
        assertEquals(List.of(true, false), tasks.stream().map(t -> t.selectFirst("input").hasAttr("checked")).toList());
        assertEquals(2, lesson.select("li.task input[type=checkbox][disabled]").size());
    }

    @Test
    void rendersCodeEscapedWithItsLanguage() {
        Element code = lesson.selectFirst("pre.code > code");
        assertEquals("language-python", code.className());
        assertEquals("pipe = load(\"x\")\nif a < b and c > d: pass", code.wholeText());
    }

    @Test
    void rendersQuotesRulesAndTables() {
        assertEquals("A quoted remark.", lesson.selectFirst("blockquote > p").text());
        assertEquals(1, lesson.select("hr").size());
        Element table = lesson.selectFirst("div.table-scroll > table.plain");
        assertEquals(List.of("Steps", "Quality", ""), texts(table.select("thead th")));
        assertEquals(List.of("1", "soft", "", "4", "sharp", "extra"), texts(table.select("tbody td")));
    }

    @Test
    void rendersDisplayedFormulasInDisplayMode() {
        Element formula = lesson.selectFirst("div.math-display > span.katex");
        assertEquals("true", formula.attr("data-display"));
        assertEquals("L_{\\text{ADD}} = L_{\\text{diffusion}} + \\lambda \\, L_{\\text{adversarial}}", formula.text());
    }

    @Test
    void sanitisesRawHtmlBlocks() {
        Element raw = lesson.selectFirst("div.raw-html");
        assertEquals("<p>Raw <a>link</a> <span>red</span></p>", raw.html());
    }

    @Test
    void rendersACardGridWithEachCardInItsColour() {
        Element grid = lesson.selectFirst("[data-component=CardGrid]");
        assertEquals("card-grid", grid.className());
        Elements cards = grid.select("> [data-component=GradientCard]");
        assertEquals(List.of("blue", "rose", "emerald"), attrs(cards, "data-color"));
        assertEquals(List.of("gradient-card color-blue", "gradient-card color-rose", "gradient-card color-emerald"),
                attrs(cards, "class"));
        assertEquals(List.of("Baseline at 50 steps", "Same model, 4 steps", "With LCM-LoRA"),
                texts(cards.select(".card-title")));
        assertEquals("Baseline", cards.get(0).selectFirst(".card-title strong").text());
        assertEquals("The baseline you know.", cards.get(0).selectFirst(".card-body").text());
    }

    @Test
    void rendersAGradientCardWithTitleColourAndBody() {
        Element card = lesson.select("article > [data-component=GradientCard]").get(0);
        assertEquals("violet", card.attr("data-color"));
        assertEquals("gradient-card color-violet", card.className());
        assertEquals("Level 3a\u2014\"Consistency\"", card.selectFirst(".card-title").text()); // "--" as students read it
        assertEquals(List.of("LCM, LCM-LoRA"), texts(card.select(".card-body li")));
    }

    @Test
    void rendersAColourOutsideThePaletteNeutralAndKeepsItAsWritten() {
        Element card = lesson.select("article > [data-component=GradientCard]").get(1);
        assertEquals("fuchsia", card.attr("data-color"));
        assertEquals("gradient-card color-neutral", card.className());
        assertEquals("Level 3b\u2014\"Adversarial\"", card.selectFirst(".card-title").text());
    }

    @Test
    void rendersCalloutsWithTheirFixedColours() {
        Elements callouts = lesson.select("aside.callout");
        assertEquals(List.of("InsightBlock", "WarningBlock", "TipBlock", "TryThisBlock", "ConceptBlock",
                "ConstraintBlock"), attrs(callouts, "data-component"));
        assertEquals(List.of("violet", "rose", "sky", "emerald", "", ""), attrs(callouts, "data-color"));
        assertEquals(List.of(true, true, true, true, false, false),
                callouts.stream().map(c -> c.hasAttr("data-color")).toList());
        assertEquals(List.of("callout callout-insight color-violet", "callout callout-warning color-rose",
                "callout callout-tip color-sky", "callout callout-try-this color-emerald",
                "callout callout-concept color-none", "callout callout-constraint color-none"),
                attrs(callouts, "class"));
        assertEquals(List.of("Insight", "Watch out", "Tip", "Try this", "Concept", "Scope"),
                texts(callouts.select(".callout-label")));
        assertEquals(List.of("The Augmented PF-ODE.", "Not a new model."), texts(callouts.select(".callout-title")));
        assertEquals("Guidance is inside the ODE.", callouts.get(0).selectFirst(".callout-body").text());
    }

    @Test
    void rendersAComparisonRowAsTwoTitledColumnsOfLabelledItems() {
        Element row = lesson.selectFirst("[data-component=ComparisonRow]");
        assertEquals("comparison-row", row.className());
        Elements sides = row.select("> section.comparison-side");
        assertEquals(List.of("left", "right"), attrs(sides, "data-side"));
        assertEquals(List.of("comparison-side color-none", "comparison-side color-amber"), attrs(sides, "class"));
        assertEquals(List.of(false, true), sides.stream().map(s -> s.hasAttr("data-color")).toList());
        assertEquals("amber", sides.get(1).attr("data-color"));
        assertEquals(List.of("Style LoRA", "LCM-LoRA"), texts(sides.select("> .card-title")));
        assertEquals(List.of("What it learns: A visual style", "File size: 2-50 MB"), texts(sides.get(0).select("li")));
        assertEquals(List.of("What it learns:", "File size:"), texts(sides.get(1).select(".item-label")));
    }

    @Test
    void rendersAPhaseCardAsAGradientCardNamedPhaseCard() {
        Element card = lesson.selectFirst("[data-component=PhaseCard]");
        assertEquals("gradient-card phase-card color-cyan", card.className());
        assertEquals("cyan", card.attr("data-color"));
        assertEquals("Load the model", card.selectFirst(".card-title").text());
    }

    @Test
    void saysSoAndLinksTheSpecWhenTheLessonHasNoOutline() {
        Document bare = site.page("lessons/stray-lesson/index.html");

        Element notice = bare.selectFirst("main p.empty-state");
        assertNotNull(notice);
        assertEquals("spec.html", notice.selectFirst("a").attr("href"));
        assertEquals(0, bare.select("article.lesson").size());
    }

    @Test
    void aLessonBuiltBeforeItsSpecificationShowsStudentsWhatItsRecordSaysItCoversAndItsKeyIdeas() {
        Lesson bare = SampleLessons.bareLesson("built-lesson", null);
        ListBlock built = new ListBlock(21, true, 1, List.of(SampleLessons.item("**Intuition** — a ball rolling downhill", 21),
                SampleLessons.item("**The Update Rule** — term by term", 22)));
        Lesson record = new Lesson(bare.file(), bare.fileSlug(), bare.folderModuleId(), bare.title(), bare.metadata(),
                List.of(), List.of(new PlainSection(20, SampleLessons.md("What Was Actually Built", 20), List.of(built),
                List.of(new Part(24, SampleLessons.md("Components Used", 24),
                                List.of(SampleLessons.para("InsightBlock (2), TipBlock (1)", 25))),
                        new Part(27, SampleLessons.md("Mental Models Established", 27),
                                List.of(SampleLessons.para("Gradient = slope", 28)))))), List.of());
        RenderedSite rendered = RenderedSite.of(new CourseContent(Optional.empty(), List.of(), List.of(), List.of(),
                List.of(record)), RenderedSite.DRAFTS_SHOWN);

        Element article = rendered.page("lessons/built-lesson/index.html").selectFirst("main article.lesson-record");
        assertNotNull(article);
        assertEquals(List.of("What this lesson covers", "Key ideas"), texts(article.select("h2")));
        assertEquals(List.of("Intuition — a ball rolling downhill", "The Update Rule — term by term"),
                texts(article.select("ol > li")));
        assertEquals("Gradient = slope", article.select("h2 + p, h2 ~ p").last().text());
        assertEquals(-1, article.text().indexOf("InsightBlock"), "the components used are for authors");
        assertEquals(0, rendered.page("lessons/built-lesson/index.html").select(".empty-state").size());
        String index = rendered.text("lessons/search-index.js");
        assertTrue(index.contains("rolling") && index.contains("slope"), index);
    }

    @Test
    void reportsATexErrorInADisplayedFormulaOnceAtItsLineAndShowsTheErrorBox() {
        Lesson base = SampleLessons.lesson();
        List<Block> outline = List.of(new Paragraph(SampleLessons.md("Before.", 60)),
                new MathBlock(62, "x = \\bad{y}", "x = \\bad{y}", MathBlock.Origin.TEX, 63, 1));
        Lesson broken = new Lesson(base.file(), base.fileSlug(), base.folderModuleId(), base.title(), base.metadata(),
                List.of(), List.of(new PhaseSection(40, SampleLessons.md("Phase 3: Design", 40), 3, List.of(),
                List.of(new Part(58, SampleLessons.md("Lesson Outline", 58), outline)))), List.of());
        RenderedSite rendered = RenderedSite.of(new CourseContent(Optional.empty(), List.of(), List.of(), List.of(),
                List.of(broken)));

        assertEquals(List.of(new Diagnostic(SampleLessons.FILE, 63, 1, Severity.WARNING, "tex-error",
                "TeX error in `x = \\bad{y}`: Undefined control sequence: \\bad")), rendered.diagnostics);
        assertEquals("x = \\bad{y}",
                rendered.page(PAGE).selectFirst("div.math-display > span.katex-error").text());
    }

    @Test
    void inACheckSectionTheAnswerAfterAQuestionIsHiddenWithoutAnAnswerMarkAndElsewhereAnAsideStays() {
        Lesson base = SampleLessons.lesson();
        List<Block> outline = List.of(
                new Heading(60, 4, SampleLessons.md("5. Check #1 (predict-and-verify)", 60)),
                new ListBlock(61, true, 1, List.of(SampleLessons.item("\"What happens at scale 0?\" (Nothing is added.)", 61))),
                new Heading(63, 4, SampleLessons.md("6. Explain", 63)),
                new ListBlock(64, false, 1, List.of(SampleLessons.item("Noise: \"What noise was added?\" (DDPM's words)", 64),
                        SampleLessons.item("Predict-before-run: \"Which is straighter?\" (The line.)", 65))));
        Lesson checked = new Lesson(base.file(), base.fileSlug(), base.folderModuleId(), base.title(), base.metadata(),
                List.of(), List.of(new PhaseSection(40, SampleLessons.md("Phase 3: Design", 40), 3, List.of(),
                List.of(new Part(58, SampleLessons.md("Lesson Outline", 58), outline)))), List.of());
        RenderedSite rendered = RenderedSite.of(new CourseContent(Optional.empty(), List.of(), List.of(), List.of(),
                List.of(checked)));

        Elements items = rendered.page(PAGE).select("article.lesson li");
        assertEquals(List.of("Nothing is added.", "The line."), texts(rendered.page(PAGE).select(".answer-text")));
        assertEquals("What happens at scale 0?", items.get(0).ownText());
        assertEquals("Noise: \"What noise was added?\" (DDPM's words)", items.get(1).text());
        assertEquals(0, rendered.page("lessons/sample-lesson/spec.html").select("details.answer").size());
    }

    @Test
    void reportsNothingForAGoodLesson() {
        assertEquals(List.of(), site.diagnostics);
    }
}
