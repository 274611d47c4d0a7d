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

    /** At the slug in its source cell; its module, which the cell names, has no plan or lessons here either. */
    private static String unknown(int line, int column, String slug, String module) {
        return SEED + ":" + line + ":" + column + ": warning[prereq-unknown-lesson]: lesson '" + slug
                + "' is neither in the content nor in any module plan; module " + module + " has no plan or lessons here";
    }

    private static List<String> unknownBesidesConsistencyModels() {
        return List.of(unknown(25, 39, "score-functions-and-sdes", "7.2"), unknown(26, 81, "flow-matching", "7.2"),
                unknown(27, 39, "samplers-and-efficiency", "6.4"), unknown(82, 98, "from-pixels-to-latents", "6.3"),
                unknown(83, 57, "stable-diffusion-architecture", "6.4"), unknown(84, 92, "lora-finetuning", "6.5"),
                unknown(84, 117, "lora-for-llms", "4.4"));
    }

    @Test
    void reportsThePlannedButUnwrittenSourceOnceAtItsPrerequisiteRow(@TempDir Path dir) {
        List<String> expected = new java.util.ArrayList<>(unknownBesidesConsistencyModels());
        expected.add(3, NOT_WRITTEN);
        assertEquals(expected, ContentTree.seedModule(dir).check(new LessonReferences()));
    }

    @Test
    void aWrittenSourceLessonIsNotReported(@TempDir Path dir) {
        assertEquals(unknownBesidesConsistencyModels(),
                ContentTree.seedModule(dir).withConsistencyModels().check(new LessonReferences()));
    }

    @Test
    void reportsASourceNoPlanListsAsUnknown(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(PLAN, "| 1 | consistency-models |", "| 1 | consistency-models-v2 |");
        List<String> expected = new java.util.ArrayList<>(unknownBesidesConsistencyModels());
        expected.add(3, SEED + ":78:112: warning[prereq-unknown-lesson]: lesson 'consistency-models' is neither in the "
                + "content nor in any module plan"); // its module 7.3 is here: a slug gone from the plan
        expected.add(RECORD + ":10:91: warning[prereq-unknown-lesson]: lesson 'consistency-models' is neither in the "
                + "content nor in any module plan"); // once per record, at its first row
        assertEquals(expected, tree.check(new LessonReferences()));
    }

    @Test
    void aSourceOfAModuleTheCourseListsButTheContentLacksSaysSo(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels()
                .write("course.md", "# Course\n\n| Module | Title | Lessons | Status |\n|---|---|---|---|\n"
                        + "| 7.2 | The Score-Based Perspective | 2 of 2 | complete |\n");
        assertEquals(SEED + ":25:39: warning[prereq-unknown-lesson]: lesson 'score-functions-and-sdes' is neither in the "
                + "content nor in any module plan; module 7.2, which course.md lists, has no plan or lessons here",
                tree.check(new LessonReferences()).get(0));
    }

    @Test
    void aLessonNumberRangeIsNotASlug(@TempDir Path dir) {
        // "6.5.1-4.4.4" was read as the slug "1-4"; the LoRA lessons are then first met in the relevant concepts
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels().change(SEED,
                "| DEVELOPED | DEVELOPED | lora-finetuning (6.5.1), lora-for-llms (4.4.4) |",
                "| DEVELOPED | DEVELOPED | 6.5.1-4.4.4 |");
        assertEquals(List.of(unknown(23, 74, "lora-finetuning", "6.5"), unknown(23, 99, "lora-for-llms", "4.4"),
                unknown(25, 39, "score-functions-and-sdes", "7.2"), unknown(26, 81, "flow-matching", "7.2"),
                unknown(27, 39, "samplers-and-efficiency", "6.4"), unknown(82, 98, "from-pixels-to-latents", "6.3"),
                unknown(83, 57, "stable-diffusion-architecture", "6.4")), tree.check(new LessonReferences()));
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
        List<String> expected = new java.util.ArrayList<>(unknownBesidesConsistencyModels());
        expected.add(3, SEED + ":78:112: warning[lesson-not-written]: lesson 7.3.1 ('consistency-models') is planned in "
                + "module 7.3 but not written yet; its pages cannot be linked");
        assertEquals(expected, tree.check(new LessonReferences()));
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
