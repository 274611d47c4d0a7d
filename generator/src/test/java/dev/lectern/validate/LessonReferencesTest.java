package dev.lectern.validate;

import static dev.lectern.validate.ContentTree.PLAN;
import static dev.lectern.validate.ContentTree.RECORD;
import static dev.lectern.validate.ContentTree.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lesson-not-written and prereq-unknown-lesson: the seed's source lessons against the content and plans. */
class LessonReferencesTest {
    private static final String NOT_WRITTEN = SEED + ":78:112: warning[lesson-not-written]: lesson 'consistency-models' "
            + "is planned in module 7.3 but not written yet; its pages cannot be linked";

    /** The seed's other sources are lessons of modules 4.4, 6.3-6.5 and 7.2, which the content does not hold. */
    @Test
    void reportsThePlannedButUnwrittenSourceOnceAtItsPrerequisiteRow(@TempDir Path dir) {
        assertEquals(List.of(NOT_WRITTEN), ContentTree.seedModule(dir).check(new LessonReferences()));
    }

    @Test
    void aWrittenSourceLessonIsNotReported(@TempDir Path dir) {
        assertEquals(List.of(), ContentTree.seedModule(dir).withConsistencyModels().check(new LessonReferences()));
    }

    @Test
    void reportsASourceNoPlanListsAsUnknown(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(PLAN, "| 1 | consistency-models |", "| 1 | consistency-models-v2 |");
        assertEquals(List.of(SEED + ":78:112: warning[prereq-unknown-lesson]: lesson 'consistency-models' is neither in "
                + "the content nor in any module plan", // its module 7.3 is here: a slug gone from the plan
                RECORD + ":10:91: warning[prereq-unknown-lesson]: lesson 'consistency-models' is neither in the "
                + "content nor in any module plan"), // once per record, at its first row
                tree.check(new LessonReferences()));
    }

    @Test
    void aSourceOfAModuleTheContentLacksIsNotReportedHoweverTheCellWritesIt(@TempDir Path dir) {
        // module 7.2 has no plan or lessons here: whether 'score-function' is a lesson of it, nothing here says
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels()
                .change(SEED, "score-functions-and-sdes (7.2.1)", "7.2.1 (score-function)");
        assertEquals(List.of(), tree.check(new LessonReferences()));
        tree.change(SEED, "7.2.1 (score-function)", "score-function");
        assertEquals(List.of(SEED + ":25:39: warning[prereq-unknown-lesson]: lesson 'score-function' is neither in "
                + "the content nor in any module plan"), tree.check(new LessonReferences()));
    }

    @Test
    void aLessonNumberRangeIsNotASlug(@TempDir Path dir) {
        // "6.5.1-4.4.4" was read as the slug "1-4"; the LoRA lessons are then first met in the relevant concepts
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels().change(SEED,
                "| DEVELOPED | DEVELOPED | lora-finetuning (6.5.1), lora-for-llms (4.4.4) |",
                "| DEVELOPED | DEVELOPED | 6.5.1-4.4.4 |");
        assertEquals(List.of(), tree.check(new LessonReferences()));
    }

    @Test
    void aPositionTheModulePlanDoesNotHoldIsReportedOnceInALessonAndInARecord(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels()
                .change(SEED, "| DEVELOPED | DEVELOPED | lora-finetuning (6.5.1), lora-for-llms (4.4.4) |",
                        "| DEVELOPED | DEVELOPED | 7.3.1, 7.3.9 |")
                .change(SEED, "| DEVELOPED | lora-finetuning (6.5.1), lora-for-llms (4.4.4) | Wx", "| DEVELOPED | 7.3.9 | Wx")
                .change(RECORD, "| DEVELOPED | consistency-models | One evaluation", "| DEVELOPED | 7.3.7 | One evaluation");
        List<String> found = tree.check(new LessonReferences());
        assertEquals(List.of(SEED + ":84:99: warning[prereq-unknown-lesson]: lesson 7.3.9 is named by its position, but "
                        + "module 7.3's plan (series-7/module-7-3/plan.md) has no lesson 9; write the lesson's slug",
                RECORD + ":12:54: warning[prereq-unknown-lesson]: lesson 7.3.7 is named by its position, but "
                        + "module 7.3's plan (series-7/module-7-3/plan.md) has no lesson 7; write the lesson's slug"),
                found.stream().filter(d -> d.contains("named by its position")).toList());
    }

    @Test
    void aPlannedButUnwrittenLessonNamedByItsPositionIsReportedOnceAtThePosition(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).change(SEED,
                "| DEVELOPED | DEVELOPED | consistency-models (7.3.1) | OK | LCM IS consistency distillation",
                "| DEVELOPED | DEVELOPED | 7.3.1 | OK | LCM IS consistency distillation");
        assertEquals(List.of(SEED + ":78:112: warning[lesson-not-written]: lesson 7.3.1 ('consistency-models') is planned "
                + "in module 7.3 but not written yet; its pages cannot be linked"), tree.check(new LessonReferences()));
    }

    @Test
    void aRecordRowNamingALessonNoPlanListsIsReportedAtItsCell(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels()
                .change(RECORD, "| DEVELOPED | consistency-models | One evaluation", "| DEVELOPED | consistency-model | One evaluation");
        assertEquals(List.of(RECORD + ":12:54: warning[prereq-unknown-lesson]: lesson 'consistency-model' is neither in the "
                + "content nor in any module plan"),
                tree.check(new LessonReferences()).stream().filter(d -> d.startsWith(RECORD)).toList());
    }
}
