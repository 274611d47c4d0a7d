package dev.lectern.validate;

import static dev.lectern.testing.EditedContent.SEED;
import static dev.lectern.testing.EditedContent.seed;
import static dev.lectern.testing.EditedContent.seedText;
import static dev.lectern.testing.EditedContent.seedWith;
import static dev.lectern.testing.EditedContent.withoutLines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CourseContent;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** too-few-modalities, too-few-examples and too-few-misconceptions over the seed, changed in one place. */
class PlanningTableRulesTest {
    private static final List<CourseCheck> PLANNING = List.of(new TooFewModalities(), new TooFewExamples(),
            new TooFewMisconceptions());

    private static final String SYMBOLIC_RATIONALE = "| The formulas encode the key distinction between the two "
            + "approaches. The student can see that LCM's loss is about trajectory consistency (same formula they "
            + "already know) while ADD's loss has an explicit adversarial component. The formulas come AFTER the "
            + "intuitive explanation and serve as confirmation, not introduction. |";

    @TempDir
    Path dir;

    @Test
    void seedMeetsThePlanningMinimums() {
        assertEquals(List.of(), CheckRuns.formatted(PLANNING, EditedContent.load(Repo.content())));
    }

    @Test
    void reportsTwoModalitiesAtTheModalityTable() {
        CourseContent content = seed(dir, withoutLines(seedText(), "| **Concrete example** |", "| **Intuitive** |",
                "| **Visual** |"));

        assertEquals(List.of(SEED + ":129:1: warning[too-few-modalities]: 2 of 2 planned modalities have a "
                + "rationale; plan at least 3 modalities, each with a rationale"),
                CheckRuns.formatted(new TooFewModalities(), content));
    }

    @Test
    void threeModalitiesWithARationaleAreEnough() {
        CourseContent content = seed(dir, withoutLines(seedText(), "| **Intuitive** |", "| **Visual** |"));

        assertEquals(List.of(), CheckRuns.formatted(new TooFewModalities(), content));
    }

    @Test
    void aModalityWithoutARationaleDoesNotCount() {
        String threeLeft = withoutLines(seedText(), "| **Intuitive** |", "| **Visual** |");
        CourseContent content = seed(dir, EditedContent.replaceOnce(threeLeft, SYMBOLIC_RATIONALE, "| - |"));

        assertEquals(List.of(SEED + ":129:1: warning[too-few-modalities]: 2 of 3 planned modalities have a "
                + "rationale; plan at least 3 modalities, each with a rationale"),
                CheckRuns.formatted(new TooFewModalities(), content));
    }

    @Test
    void reportsAMissingModalityTableAtThePhase3Heading() {
        CourseContent content = seedWith(dir, "| Modality | What Specifically |", "| Channel | What Specifically |");

        assertEquals(List.of(SEED + ":117:1: warning[too-few-modalities]: Phase 3 has no modalities table (Modality "
                + "| What | Why This Modality); plan at least 3 modalities, each with a rationale"),
                CheckRuns.formatted(new TooFewModalities(), content));
    }

    @Test
    void reportsNoNegativeExampleAtTheExampleTable() {
        CourseContent content = seedWith(dir, "| Negative |", "| Positive |");

        assertEquals(List.of(SEED + ":108:1: warning[too-few-examples]: 4 positive and 0 negative examples planned; "
                + "plan at least 2 positive and 1 negative example"),
                CheckRuns.formatted(new TooFewExamples(), content));
    }

    @Test
    void countsAContrastivePositiveAsPositive() {
        CourseContent content = seedWith(dir, "comparable output quality | Positive |",
                "comparable output quality | Illustration |");

        assertEquals(List.of(), CheckRuns.formatted(new TooFewExamples(), content));
    }

    @Test
    void reportsOnePositiveExampleWhenTheContrastiveOneIsNoLongerPositiveEither() {
        String onePlainPositive = EditedContent.replaceOnce(seedText(), "comparable output quality | Positive |",
                "comparable output quality | Illustration |");
        CourseContent content = seed(dir, EditedContent.replaceOnce(onePlainPositive, "| Positive (contrastive) |",
                "| Contrastive |"));

        assertEquals(List.of(SEED + ":108:1: warning[too-few-examples]: 1 positive and 1 negative example planned (the "
                + "Type of 2 more, 'Illustration', 'Contrastive', say neither); plan at least 2 positive and 1 negative example"),
                CheckRuns.formatted(new TooFewExamples(), content));
    }

    @Test
    void reportsTwoMisconceptionsAtTheMisconceptionTable() {
        CourseContent content = seed(dir, withoutLines(seedText(), "| \"LCM-LoRA trains", "| \"SDXL Turbo / ADD",
                "| \"You need to retrain"));

        assertEquals(List.of(SEED + ":98:1: warning[too-few-misconceptions]: 2 of 2 misconceptions have a negative "
                + "example; plan at least 3 misconceptions, each with a negative example"),
                CheckRuns.formatted(new TooFewMisconceptions(), content));
    }

    @Test
    void aNegativeExampleCellThatSaysThereIsNoneDoesNotCount() {
        String three = withoutLines(seedText(), "| \"LCM-LoRA trains", "| \"SDXL Turbo / ADD");
        CourseContent content = seed(dir, EditedContent.replaceOnce(three, "| LCM-LoRA is designed to be universal",
                "| Not explicitly addressed yet (deferred to a later lesson). LCM-LoRA is designed to be universal"));

        assertEquals(List.of(SEED + ":98:1: warning[too-few-misconceptions]: 2 of 3 misconceptions have a negative "
                + "example; 'You need to retrain LCM/LCM-LoRA for every SD checkpoint you want to accelerate' (line 101) has none; plan at least 3 "
                + "misconceptions, each with a negative example"),
                CheckRuns.formatted(new TooFewMisconceptions(), content));
    }

    @Test
    void threeMisconceptionsWithNegativeExamplesAreEnough() {
        CourseContent content = seed(dir, withoutLines(seedText(), "| \"LCM-LoRA trains", "| \"SDXL Turbo / ADD"));

        assertEquals(List.of(), CheckRuns.formatted(new TooFewMisconceptions(), content));
    }

    @Test
    void reportsTheModalityTableMissingWithPhase3AtThePhase2Heading() {
        CourseContent content = seedWith(dir, "## Phase 3: Design", "## Plan");

        assertEquals(List.of(SEED + ":68:1: warning[too-few-modalities]: no modalities table (Modality | What | Why "
                + "This Modality): the lesson has no Phase 3; plan at least 3 modalities, each with a rationale"),
                CheckRuns.formatted(PLANNING, content));
    }

    @Test
    void aRetroactiveRecordWithoutPlanningPhasesIsNotHeldToThem() {
        EditedContent.copy(Repo.content(), dir);
        EditedContent.write(dir, "series-7/module-7-3/lessons/the-speed-landscape.md", """
                # Lesson: The Speed Landscape

                **Slug:** `the-speed-landscape`

                ## What Was Actually Built

                1. **Header + Objective** -- every acceleration approach on one map
                """);

        assertEquals(List.of(), CheckRuns.formatted(PLANNING, EditedContent.load(dir)));
    }
}
