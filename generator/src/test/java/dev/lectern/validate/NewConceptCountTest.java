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
    /** The seed's own word on its load, in its Cognitive Load Assessment. */
    private static final String APPROPRIATE = "- **Is this appropriate?** BUILD is appropriate.";
    /** That word, as a message quotes it: its first two sentences, which are all of 200 characters that end one. */
    private static final String SEED_NOTE = "; the lesson notes it (line 143: 'Is this appropriate? BUILD is appropriate. "
            + "The previous lesson was STRETCH, so this lesson should not be STRETCH. ...')";
    /** The assessment line changed to state four. */
    private static final String FOUR_STATED = SEED + ":139:36: warning[cognitive-load-exceeded]: 4 new concepts stated "
            + "('New concepts in this lesson: 4 genuinely new concepts:'); a lesson should bring at most 3" + SEED_NOTE;

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
                + "bring at most 3" + SEED_NOTE), tree.check(new NewConceptCount()));
    }

    /** what-is-learning's case: the author knows the count is over, and says why. */
    @Test
    void quotesTheLessonsAssessmentOfItsLoadInWholeSentencesSoThatTheReviewerWeighsItsReason(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, ASSESSMENT, "- **New concepts in this lesson:** 4 genuinely new concepts:")
                .change(SEED, APPROPRIATE, "- **Assessment:** This is borderline. However, as the opening lesson, these "
                        + "concepts are intuitive.");
        assertEquals(List.of(SEED + ":139:36: warning[cognitive-load-exceeded]: 4 new concepts stated ('New concepts in "
                + "this lesson: 4 genuinely new concepts:'); a lesson should bring at most 3; the lesson notes it (line "
                + "143: 'Assessment: This is borderline. However, as the opening lesson, these concepts are intuitive. "
                + "The previous lesson was STRETCH, so this lesson should not be STRETCH. ...')"),
                tree.check(new NewConceptCount()));
    }

    /** The seed's 'Note: SDXL Turbo comparison is described ...' (line 444) is not about its load. */
    @Test
    void aLessonWithNoNoteInItsCognitiveLoadPartGetsNoQuoteFromElsewhere(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, ASSESSMENT, "- **New concepts in this lesson:** 4 genuinely new concepts:")
                .change(SEED, APPROPRIATE, "- **Load:** BUILD.");
        assertEquals(List.of(SEED + ":139:36: warning[cognitive-load-exceeded]: 4 new concepts stated ('New concepts in "
                + "this lesson: 4 genuinely new concepts:'); a lesson should bring at most 3"),
                tree.check(new NewConceptCount()));
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
