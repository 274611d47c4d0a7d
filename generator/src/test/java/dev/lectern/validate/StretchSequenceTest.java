package dev.lectern.validate;

import static dev.lectern.validate.ContentTree.PLAN;
import static dev.lectern.validate.ContentTree.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stretch-after-stretch in module 7.3, whose plan has consistency-models (STRETCH) first. */
class StretchSequenceTest {
    private static final String SEED_ROW = "| BUILD | built |";
    private static final String MESSAGE = "'latent-consistency-and-turbo' is STRETCH right after 'consistency-models', "
            + "also STRETCH, in module 7.3; put a BUILD or CONSOLIDATE lesson between them";

    @Test
    void theSeedIsBuildAfterStretch(@TempDir Path dir) {
        assertEquals(List.of(), ContentTree.seedModule(dir).check(new StretchSequence()));
    }

    @Test
    void reportsAStretchLessonAfterAStretchLessonAtItsCognitiveLoad(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, "**Cognitive Load:** BUILD (", "**Cognitive Load:** STRETCH (");
        assertEquals(List.of(SEED + ":5:21: warning[stretch-after-stretch]: " + MESSAGE), tree.check(new StretchSequence()));
    }

    @Test
    void quotesThePlansNoteOnItsStretchLessonsInARowSoThatTheReviewerWeighsItsReason(@TempDir Path dir) {
        ContentTree tree = ContentTree.in(dir).fromContent(PLAN).change(PLAN, SEED_ROW, "| STRETCH | built |")
                .change(PLAN, "STRETCH, then BUILD, then CONSOLIDATE:", "Lessons 1-2 are back-to-back STRETCH. Acceptable "
                        + "because the second applies the first:");
        assertEquals(List.of(PLAN + ":19:159: warning[stretch-after-stretch]: " + MESSAGE + "; the plan notes it ("
                + PLAN + ":24: 'Lessons 1-2 are back-to-back STRETCH. Acceptable because the second applies the "
                + "first: the new idea first, its application at scale second, the synthesis last.')"),
                tree.check(new StretchSequence()));
    }

    @Test
    void reportsAtThePlanRowWhenTheSecondLessonIsNotWritten(@TempDir Path dir) {
        ContentTree tree = ContentTree.in(dir).fromContent(PLAN).change(PLAN, SEED_ROW, "| STRETCH | built |");
        assertEquals(List.of(PLAN + ":19:159: warning[stretch-after-stretch]: " + MESSAGE), tree.check(new StretchSequence()));
    }

    @Test
    void aWrittenLessonsOwnLoadOutranksThePlan(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).change(PLAN, SEED_ROW, "| STRETCH | built |");
        assertEquals(List.of(), tree.check(new StretchSequence()));
    }
}
