package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.math.MathRenderer;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Golden;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/** The repository's content (the user's seed lesson and its course) through the parser, real KaTeX and the renderer. */
@ExtendWith(SharedKatex.class)
class SeedRenderingTest {
    private static final String DIR = "lessons/latent-consistency-and-turbo/";

    private static RenderedSite site;
    private static Document lesson;

    @BeforeAll
    static void renderContent(MathRenderer math) throws IOException {
        site = RenderedSite.of(EditedContent.load(Repo.content()), math);
        lesson = site.page(DIR + "index.html");
        RenderedSite.dump(site.files);
    }

    /** The seed's whole pages; regenerate with {@code -Dlectern.updateGolden=true} and review the diff. */
    @ParameterizedTest
    @ValueSource(strings = {"index.html", "spec.html", "review.html", "lesson.json"})
    void seedPageMatchesItsGoldenFile(String page) {
        Golden.assertMatches("seed/pages/" + page, site.text(DIR + page));
    }

    private static Element outline() {
        return lesson.selectFirst("article.lesson");
    }

    @Test
    void rendersWithoutDiagnostics() {
        assertEquals(List.of(), site.diagnostics);
    }

    @Test
    void showsTheHookAsAGridOfThreeCardsInBlueRoseAndEmerald() {
        Element grid = outline().selectFirst("h2:contains(Hook) ~ [data-component=CardGrid]");
        Elements cards = grid.select("> [data-component=GradientCard]");
        assertEquals(List.of("blue", "rose", "emerald"), cards.eachAttr("data-color"));
        assertEquals(List.of("gradient-card color-blue", "gradient-card color-rose", "gradient-card color-emerald"),
                cards.eachAttr("class"));
        assertEquals(List.of("Standard SD v1.5 at 50 steps", "Standard SD v1.5 at 4 steps",
                "SD v1.5 + LCM-LoRA at 4 steps"), RenderedSite.texts(cards.select(".card-title")));
    }

    @Test
    void showsTheStepCountCards() {
        Elements titles = outline().select("[data-component=GradientCard] .card-title");
        assertEquals(List.of("1 step", "2 steps", "4 steps", "8 steps"), RenderedSite.texts(titles).stream()
                .filter(t -> t.matches("\\d steps?")).toList());
    }

    @Test
    void showsLevel3aVioletAndLevel3bFuchsiaAsNeutral() {
        Elements cards = outline().select("[data-component=GradientCard]:has(.card-title:contains(Level 3))");
        assertEquals(List.of("violet", "fuchsia"), cards.eachAttr("data-color"));
        assertEquals(List.of("gradient-card color-violet", "gradient-card color-neutral"), cards.eachAttr("class"));
    }

    @Test
    void showsBothComparisonRows() {
        Elements rows = outline().select("[data-component=ComparisonRow]");
        assertEquals(2, rows.size());
        assertEquals(List.of("Style LoRA", "LCM-LoRA"), RenderedSite.texts(rows.get(0).select("> section > .card-title")));
        assertEquals(List.of("Consistency Distillation (LCM)", "Adversarial Diffusion Distillation (ADD)"),
                RenderedSite.texts(rows.get(1).select("> section > .card-title")));
        assertEquals(List.of(6, 8), rows.stream().map(r -> r.select("> section[data-side=left] li").size()).toList());
        // 'ComparisonRow: A vs B' names its sides; it has no title of its own
        assertEquals(List.of(), rows.select(".comparison-title"));
    }

    @Test
    void showsTheCallouts() {
        assertEquals(List.of("ConstraintBlock", "ConceptBlock", "InsightBlock", "TipBlock", "ConceptBlock",
                "InsightBlock", "ConceptBlock", "WarningBlock", "InsightBlock", "WarningBlock"),
                outline().select("aside.callout").eachAttr("data-component"));
    }

    @Test
    void typesetsTheAddLossWithKatex() {
        Element formula = outline().selectFirst("div.math-display .katex-display");
        assertEquals("L_{\\text{ADD}} = L_{\\text{diffusion}} + \\lambda \\, L_{\\text{adversarial}}",
                formula.selectFirst("annotation[encoding=application/x-tex]").text());
        assertEquals(1, formula.select("math").size());
    }

    @Test
    void listsEveryPrerequisiteRowWithItsMark() {
        Elements marks = site.page(DIR + "spec.html").select("table.typed-prerequisites tbody td.check .mark");
        assertEquals(List.of("OK", "OK", "OK", "OK", "OK", "OK", "OK", "OK", "GAP", "OK", "OK"),
                RenderedSite.texts(marks));
    }

    @Test
    void drawsEveryRowOfEveryPlanningTable() {
        Elements tables = site.page(DIR + "spec.html").select("table.typed");
        assertEquals(List.of("typed-relevant-concepts 15", "typed-prerequisites 11", "typed-gap-resolution 1",
                        "typed-misconceptions 5", "typed-examples 4", "typed-modalities 5", "typed-connections 5"),
                tables.stream().map(t -> t.className().replace("typed ", "") + " " + t.select("tbody tr").size())
                        .toList());
    }

    @Test
    void keepsTheVerdictRationaleBeforeTheFindings() {
        Element first = site.page(DIR + "review.html").selectFirst("section.review");
        assertEquals(List.of("Verdict: MAJOR REVISION", "Critical (1)", "Improvement (3)", "Polish (2)",
                "Review Notes"), RenderedSite.texts(first.select("> section > h3")));
    }

    @Test
    void listsAllSevenFindingsOfTheTwoReviews() {
        Document review = site.page(DIR + "review.html");
        Elements reviews = review.select("section.review");
        assertEquals(2, reviews.size());
        assertEquals(List.of(6, 1), reviews.stream().map(r -> r.select("article.finding").size()).toList());
        assertEquals(List.of("CRITICAL", "IMPROVEMENT", "IMPROVEMENT", "IMPROVEMENT", "POLISH", "POLISH", "POLISH"),
                RenderedSite.texts(review.select("article.finding .severity-badge")));
        assertEquals(List.of("Prerequisite Audit 6/6", "Pedagogical Design 7/7"),
                RenderedSite.texts(review.select("section.checklist > h3")));
    }

    @Test
    void theStudentPageHidesEachCheckAnswerBehindShowAnswerAndTheSpecKeepsItAsWritten() {
        Elements answers = outline().select("details.answer");
        assertEquals(8, answers.size());
        assertEquals(List.of("Show answer"), answers.select("summary").eachText().stream().distinct().toList());
        Element first = answers.get(0).parent();
        assertEquals("LCM is applied to the SD U-Net. Does the VAE change?", first.ownText());
        assertEquals(true, answers.get(0).selectFirst(".answer-text").text().startsWith("No. The VAE is frozen"));
        assertEquals(0, site.page(DIR + "spec.html").select("details.answer").size());
        assertEquals(true, site.page(DIR + "spec.html").text().contains("Does the VAE change?\" (Answer: No. The VAE"));
    }

    @Test
    void listsTheSeedInItsModuleWithThePlansOneLineOnIt() {
        Element entry = site.page("lessons/index.html").selectFirst("li.lesson-entry.present");
        assertEquals("Latent Consistency & Turbo", entry.selectFirst("a.lesson-title").text());
        assertEquals("LCM and LCM-LoRA as consistency distillation on latent diffusion; adversarial diffusion "
                + "distillation (ADD, SDXL Turbo)", entry.selectFirst(".summary").text());
    }

    /**
     * The outline's lines in the lesson's own voice read as the lesson on the student page: a list item
     * or paragraph that is one quotation loses its quotation marks (quotes inside stay); the spec keeps
     * every line as written.
     */
    @Test
    void theStudentPageShowsLinesInTheLessonsVoiceWithoutTheirQuotationMarksAndTheSpecKeepsThem() {
        Element contextList = outline().selectFirst("ul");
        assertEquals("This is the second lesson in Module 7.3: Fast Generation. Last lesson you built",
                contextList.child(0).text().substring(0, 79));
        assertEquals(true, contextList.child(0).text().endsWith("Stable Diffusion at 4 steps."));
        List<String> paragraphs = outline().select("p").eachText();
        assertEquals(true, paragraphs.contains("The only difference between 2 and 3 is a 4 MB LoRA file. This lesson "
                + "explains what that file contains, how it was created, and why it works."));
        assertEquals(true, paragraphs.contains("Why does this work? The LCM-LoRA captures a general behavior change: "
                + "'collapse the denoising trajectory into 4 steps.' This behavior change is about the dynamics of "
                + "denoising, not about specific content or style. A watercolor-style fine-tune still follows the "
                + "same ODE trajectory structure\u2014it just arrives at a different endpoint. The LCM-LoRA teaches "
                + "the model to teleport along this trajectory regardless of what the endpoint looks like."));
        String spec = site.page(DIR + "spec.html").text();
        assertEquals(true, spec.contains("\"This is the second lesson in Module 7.3: Fast Generation."));
        assertEquals(true, spec.contains("\"The only difference between 2 and 3 is a 4 MB LoRA file."));
    }

    /**
     * The author's directions to themselves ({@link StageDirections}) are not the lesson: the student page shows a
     * recap's concept and the words to say without "2-3 sentences.", a transition's words without "Transition:", and
     * no hook type; a label that is the lesson's own stays. The spec keeps them; the search reads as the page does.
     */
    @Test
    void theStudentPageLeavesOutTheAuthorsDirectionsAndTheSpecKeepsEveryLineAsWritten() {
        Element recap = outline().selectFirst("h2#2-recap + p + ul");
        assertEquals("<li><strong>Consistency distillation</strong> (from 7.3.1): You trained a consistency model by "
                + "distilling from a pretrained teacher. The teacher takes one ODE step between adjacent timesteps. The "
                + "consistency model learns to map both points to the same endpoint. The result: generation in 1-4 steps "
                + "instead of 50.</li>", recap.child(0).outerHtml());
        assertEquals("<li>What happens when you apply consistency distillation to Stable Diffusion's latent space? And what "
                + "if you captured that distillation as a LoRA?</li>", recap.child(3).outerHtml());
        assertEquals("<p>Show the student a concrete comparison:</p>", outline().selectFirst("h2#3-hook + *").outerHtml());
        assertEquals(true, outline().select("p").eachText().contains("Negative example (boundary): \"This universality has "
                + "limits. The LCM-LoRA is architecture-specific. An LCM-LoRA trained on SD v1.5 does NOT work on SDXL "
                + "because the U-Net architecture is different (different dimensions, different number of attention heads). "
                + "Separate LCM-LoRA checkpoints exist for SD v1.5 and SDXL.\""));

        String spec = site.text(DIR + "spec.html");
        assertEquals(true, spec.contains("<li><strong>Consistency distillation</strong> (from 7.3.1): 2-3 sentences. "
                + "&quot;You trained a consistency model"), spec);
        assertEquals(true, spec.contains("<li>Transition: &quot;What happens when you apply"), spec);
        assertEquals(true, spec.contains("<h4 id=\"3-hook\">3. Hook</h4>\n<p>Type: <strong>Before/After reveal</strong></p>"),
                spec);

        String searched = site.text(DIR + "search-sections.js");
        assertEquals(true, searched.contains("Consistency distillation (from 7.3.1): You trained a consistency model"), searched);
        assertEquals(true, searched.contains("\"text\":\"Show the student a concrete comparison:"), searched);
        assertEquals(List.of(), Pattern.compile("2-3 sentences|Transition:|Type:").matcher(searched).results()
                .map(MatchResult::group).toList());
    }
}
