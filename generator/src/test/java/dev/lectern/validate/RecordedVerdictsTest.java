package dev.lectern.validate;

import static dev.lectern.validate.ContentTree.RECORD;
import static dev.lectern.validate.ContentTree.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** record-verdict-mismatch: the seed's two reviews (MAJOR REVISION, then PASS) against what module 7.3's record says of them. */
class RecordedVerdictsTest {
    private static final String SUMMARY = "### latent-consistency-and-turbo (Lesson 2)\n";

    private static ContentTree recording(Path dir, String said) {
        return ContentTree.seedModule(dir).change(RECORD, SUMMARY, SUMMARY + "\n" + said + "\n");
    }

    @Test
    void aRecordThatAgreesWithTheReviewsOrGivesNoVerdictIsNotReported(@TempDir Path dir) {
        assertEquals(List.of(), ContentTree.seedModule(dir).check(new RecordedVerdicts()));
        assertEquals(List.of(), recording(dir, "**Status:** Built, reviewed (PASS on iteration 2)\n\n**Review history:**\n"
                + "- Iteration 1: MAJOR REVISION--1 critical\n- Iteration 2: PASS--all resolved").check(new RecordedVerdicts()));
    }

    @Test
    void reportsAVerdictTheLessonsReviewOfThatIterationDoesNotGiveOnceAtThatVerdict(@TempDir Path dir) {
        ContentTree tree = recording(dir, "**Status:** Built, reviewed (PASS on iteration 1)\n\n**Review history:**\n"
                + "- Iteration 1: PASS--no findings");
        assertEquals(List.of(SEED + ":469:14: warning[record-verdict-mismatch]: module 7.3's record ("
                + RECORD + ":27) says iteration 1 was PASS, but this review's verdict is MAJOR REVISION: add the review "
                + "that gave it, or correct the record"), tree.check(new RecordedVerdicts()));
    }

    @Test
    void reportsAnIterationAfterTheLessonsLastReviewAtThatReview(@TempDir Path dir) {
        ContentTree tree = recording(dir, "- Iteration 3: PASS--all resolved");
        assertEquals(List.of(SEED + ":531:1: warning[record-verdict-mismatch]: module 7.3's record (" + RECORD
                + ":27) says iteration 3 was PASS, but this lesson's reviews stop at iteration 2: add that review, or "
                + "correct the record"), tree.check(new RecordedVerdicts()));
    }
}
