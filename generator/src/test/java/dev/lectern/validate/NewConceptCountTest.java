package dev.lectern.validate;

import static dev.lectern.validate.ContentTree.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cognitive-load-exceeded: the new concepts the seed states, in its metadata and its load assessment. */
class NewConceptCountTest {
    private static final String ASSESSMENT = "- **New concepts in this lesson:** 2 genuinely new concepts:";
    /** The assessment line changed to state four. */
    private static final String FOUR_STATED = SEED + ":139:36: warning[cognitive-load-exceeded]: 4 new concepts stated "
            + "('New concepts in this lesson: 4 genuinely new concepts:'); a lesson should bring at most 3";

    @Test
    void theSeedStatesTwoNewConcepts(@TempDir Path dir) {
        assertEquals(List.of(), ContentTree.seedModule(dir).check(new NewConceptCount()));
    }

    @Test
    void reportsTheAssessmentLineStatingMoreThanThree(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, ASSESSMENT, "- **New concepts in this lesson:** 4 genuinely new concepts:");
        assertEquals(List.of(FOUR_STATED), tree.check(new NewConceptCount()));
    }

    @Test
    void reportsTheCognitiveLoadFieldByTheUpperBoundOfItsRange(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, "**Cognitive Load:** BUILD (2 concepts", "**Cognitive Load:** BUILD (3-5 concepts");
        assertEquals(List.of(SEED + ":5:28: warning[cognitive-load-exceeded]: 5 new concepts stated ('Cognitive Load: "
                + "BUILD (3-5 concepts that apply known patterns at scale: LCM a...'); a lesson should "
                + "bring at most 3"), tree.check(new NewConceptCount()));
    }

    @Test
    void aNoBreakSpaceAfterTheLabelIsASpace(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, ASSESSMENT, "- **New concepts in this lesson:**\u00a04 genuinely new concepts:");
        assertEquals(List.of(FOUR_STATED), tree.check(new NewConceptCount()));
    }

    @Test
    void aRangeUpToThreeIsWithinTheLimit(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, ASSESSMENT, "- **New concepts in this lesson:** 2-3 genuinely new concepts:");
        assertEquals(List.of(), tree.check(new NewConceptCount()));
    }

    @Test
    void theCountOfThePreviousLessonIsNotThisLessons(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).change(SEED,
                "consistency-models was STRETCH (2 genuinely new concepts", "consistency-models was STRETCH (4 genuinely new concepts");
        assertEquals(List.of(), tree.check(new NewConceptCount()));
    }
}
