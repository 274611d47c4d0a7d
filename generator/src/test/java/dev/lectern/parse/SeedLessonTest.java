package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CardGrid;
import dev.lectern.model.ComparisonRow;
import dev.lectern.model.Component;
import dev.lectern.model.Depth;
import dev.lectern.model.Finding;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.GapResolutionTable;
import dev.lectern.model.GradientCard;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.MathBlock;
import dev.lectern.model.MisconceptionTable;
import dev.lectern.model.PrereqStatus;
import dev.lectern.model.Prerequisite;
import dev.lectern.model.RelevantConceptTable;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Verdict;
import dev.lectern.testing.Golden;
import dev.lectern.testing.ModelDump;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The user's own lesson specification, read into the model. */
class SeedLessonTest {
    private static Lessons.Parsed seed;

    @BeforeAll
    static void parseSeed() throws IOException {
        seed = Lessons.parse("series-7/module-7-3/lessons/latent-consistency-and-turbo.md",
                Files.readAllBytes(Repo.seed()));
    }

    private static Lesson lesson() {
        return seed.lesson();
    }

    @Test
    void modelMatchesItsGoldenFile() {
        Golden.assertMatches("seed/model.txt", ModelDump.of(lesson()));
    }

    @Test
    void diagnosticsAreTheMojibakeAndTheFuchsiaCardAndNothingElse() {
        Golden.assertMatches("seed/diagnostics.txt", String.join("\n", seed.formatted()) + "\n");
        assertEquals(Map.of("mojibake", 8L, "unknown-component-color", 1L),
                seed.rules().stream().collect(Collectors.groupingBy(r -> r, Collectors.counting())));
    }

    @Test
    void readsTitleAndEveryMetadataField() {
        assertEquals("Latent Consistency & Turbo", lesson().displayTitle());
        var meta = lesson().metadata();
        assertEquals("latent-consistency-and-turbo", meta.slug().orElseThrow().value());
        assertEquals(7, meta.series().orElseThrow().value());
        assertEquals("Post-SD Advances", meta.seriesTitle().orElseThrow().value());
        assertEquals("7.3", meta.module().orElseThrow().value());
        assertEquals("Fast Generation", meta.moduleTitle().orElseThrow().value());
        var position = meta.position().orElseThrow();
        assertEquals(2, position.inModule().orElseThrow().index());
        assertEquals(Optional.of(3), position.inModule().orElseThrow().total());
        assertEquals(7, position.inSeries().orElseThrow().index());
        assertEquals(Optional.of(11), position.inSeries().orElseThrow().total());
        assertEquals(dev.lectern.model.CognitiveLoad.BUILD, meta.cognitiveLoad().orElseThrow().value());
        assertEquals(5, meta.cognitiveLoad().orElseThrow().line());
        assertEquals(Optional.of("7.3"), lesson().folderModuleId());
    }

    @Test
    void readsAllPlanningTablesWithTheirRows() {
        assertEquals(15, lesson().tables(RelevantConceptTable.class).get(0).rows().size());
        assertEquals(11, lesson().prerequisites().size());
        assertEquals(1, lesson().tables(GapResolutionTable.class).get(0).rows().size());
        assertEquals(5, lesson().tables(MisconceptionTable.class).get(0).rows().size());
        assertEquals(4, lesson().tables(dev.lectern.model.ExampleTable.class).get(0).rows().size());
        assertEquals(5, lesson().tables(dev.lectern.model.ModalityTable.class).get(0).rows().size());
        assertEquals(5, lesson().tables(dev.lectern.model.ConnectionTable.class).get(0).rows().size());
    }

    @Test
    void readsTheGapPrerequisiteWithDepthsSourceAndLine() {
        List<Prerequisite> gaps = lesson().prerequisites().stream()
                .filter(p -> p.status().equals(Optional.of(PrereqStatus.GAP))).toList();
        assertEquals(1, gaps.size());
        Prerequisite gap = gaps.get(0);
        assertEquals(86, gap.line());
        assertEquals(Optional.of(Depth.INTRODUCED), gap.required());
        assertEquals(Optional.of(Depth.MENTIONED), gap.actual());
        assertEquals(Optional.of("from-pixels-to-latents"), gap.sourceLessons().get(0).slug());
        assertEquals(Optional.of("6.3"), gap.sourceLessons().get(0).moduleId());
        assertEquals(Optional.of(5), gap.sourceLessons().get(0).position());
    }

    @Test
    void readsBothReviewsWithTheirSevenFindings() {
        List<ReviewSection> reviews = lesson().reviews();
        assertEquals(2, reviews.size());
        ReviewSection first = reviews.get(0);
        assertEquals(Optional.of(LocalDate.of(2026, 2, 20)), first.date());
        assertEquals(Optional.of(1), first.iteration());
        assertEquals(Optional.of(3), first.plannedIterations());
        assertEquals(Optional.of(Verdict.Kind.MAJOR_REVISION), first.verdict().orElseThrow().kind());
        assertEquals(Optional.of(1), first.summary().orElseThrow().count(FindingSeverity.CRITICAL));
        assertEquals(Optional.of(3), first.summary().orElseThrow().count(FindingSeverity.IMPROVEMENT));
        assertEquals(Optional.of(2), first.summary().orElseThrow().count(FindingSeverity.POLISH));
        assertEquals(List.of("CRITICAL@475", "IMPROVEMENT@482", "IMPROVEMENT@489", "IMPROVEMENT@496", "POLISH@503",
                "POLISH@510"), findings(first));
        Finding critical = first.findings().get(0);
        assertEquals("Missing contrastive quality example for LCM 1-step vs ADD 1-step", critical.title().plain());
        assertEquals(477, critical.location().orElseThrow().text().line());
        assertTrue(critical.issue().orElseThrow().text().markdown().startsWith("The planning document explicitly"));
        assertTrue(critical.studentImpact().orElseThrow().text().markdown().startsWith("The student accepts on faith"));
        assertTrue(critical.suggestedFix().orElseThrow().text().markdown().startsWith("Add a dedicated section"));

        ReviewSection second = reviews.get(1);
        assertTrue(second.verdict().orElseThrow().isPass());
        assertEquals(List.of("POLISH@555"), findings(second));
        assertEquals(6, second.resolutionCheck().orElseThrow().rows().size());
        assertEquals(Optional.of(FindingSeverity.CRITICAL), second.resolutionCheck().orElseThrow().rows().get(0).severity());
    }

    private static List<String> findings(ReviewSection review) {
        return review.findings().stream().map(f -> f.severity().orElseThrow() + "@" + f.line()).toList();
    }

    @Test
    void readsBothChecklistsAllTicked() {
        assertEquals(List.of("Prerequisite Audit 6/6 @582", "Pedagogical Design 7/7 @590"),
                lesson().checklists().stream().map(c -> c.name().plain() + " " + c.checkedCount() + "/"
                        + c.items().size() + " @" + c.line()).toList());
    }

    @Test
    void outlineHoldsTheComponentsInOrder() {
        List<String> components = lesson().outline().orElseThrow().blocks().stream()
                .filter(Component.class::isInstance).map(Component.class::cast)
                .map(c -> c.componentName() + "@" + c.line()).toList();
        assertEquals(List.of("ConstraintBlock@202", "CardGrid@218", "ConceptBlock@231", "InsightBlock@239",
                "CardGrid@243", "TipBlock@249", "ConceptBlock@269", "InsightBlock@275", "ComparisonRow@281",
                "ConceptBlock@332", "WarningBlock@342", "InsightBlock@354", "WarningBlock@358", "ComparisonRow@362",
                "GradientCard@389", "GradientCard@395"), components);
    }

    @Test
    void hookGridHasThreeColouredCards() {
        CardGrid hook = (CardGrid) outlineBlock(218);
        assertEquals(List.of("Standard SD v1.5 at 50 steps/blue", "Standard SD v1.5 at 4 steps/rose",
                "SD v1.5 + LCM-LoRA at 4 steps/emerald"), cards(hook));
        assertEquals("The baseline you know. ~10 seconds. Good quality.",
                ((dev.lectern.model.Paragraph) hook.cards().get(0).body().get(0)).text().markdown());
    }

    @Test
    void stepCountCardsAreAGridOfFour() {
        assertEquals(List.of("1 step/", "2 steps/", "4 steps/", "8 steps/"), cards((CardGrid) outlineBlock(243)));
    }

    @Test
    void levelCardsKeepTheirColoursAndBulletBodies() {
        GradientCard level3a = (GradientCard) outlineBlock(389);
        assertEquals("Level 3a: Consistency-Based Trajectory Collapse", level3a.title().orElseThrow().plain());
        assertEquals("violet", level3a.color());
        assertEquals(4, ((dev.lectern.model.ListBlock) level3a.body().get(0)).items().size());
        GradientCard level3b = (GradientCard) outlineBlock(395);
        assertEquals("fuchsia", level3b.color());
    }

    @Test
    void comparisonRowsReadTheirTables() {
        ComparisonRow loras = (ComparisonRow) outlineBlock(281);
        assertEquals("Style LoRA", loras.left().title().plain());
        assertEquals("LCM-LoRA", loras.right().title().plain());
        assertEquals(6, loras.left().items().size());
        assertEquals("What it learns", loras.left().items().get(0).label().plain());
        assertEquals("How to generate in fewer steps", loras.right().items().get(0).text().plain());
        ComparisonRow distillations = (ComparisonRow) outlineBlock(362);
        assertEquals("Consistency Distillation (LCM)", distillations.left().title().plain());
        assertEquals(8, distillations.right().items().size());
    }

    @Test
    void calloutsSplitTitleFromBody() {
        Callout augmented = (Callout) outlineBlock(239);
        assertEquals(Optional.of("The Augmented PF-ODE"), augmented.title().map(Inline::plain));
        assertTrue(((dev.lectern.model.Paragraph) augmented.body().get(0)).text().markdown()
                .startsWith("One key innovation in LCM"));
        Callout tip = (Callout) outlineBlock(249);
        assertEquals(Optional.empty(), tip.title());
    }

    @Test
    void addLossLineBecomesTex() {
        MathBlock loss = (MathBlock) outlineBlock(348);
        assertEquals("L_{\\text{ADD}} = L_{\\text{diffusion}} + \\lambda \\, L_{\\text{adversarial}}", loss.tex());
        assertEquals(MathBlock.Origin.PLAIN_EQUATION, loss.origin());
    }

    private static Block outlineBlock(int line) {
        return lesson().outline().orElseThrow().blocks().stream().filter(b -> b.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no outline block at line " + line));
    }

    private static List<String> cards(CardGrid grid) {
        return grid.cards().stream().map(c -> c.title().map(Inline::plain).orElse("") + "/" + c.color()).toList();
    }
}
