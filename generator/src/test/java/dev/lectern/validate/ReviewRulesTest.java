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

/** The review and checklist rules over the seed, changed in one place. */
class ReviewRulesTest {
    private static final List<CourseCheck> REVIEWS = List.of(new ReviewCounts(), new VerdictConsistency(),
            new IterationSequence(), new UnresolvedFindings(), new OpenCriticals());

    @TempDir
    Path dir;

    @Test
    void seedReviewsAndChecklistsAreConsistent() {
        assertEquals(List.of(), CheckRuns.formatted(REVIEWS, EditedContent.load(Repo.content())));
    }

    @Test
    void reportsASummaryCountThatDiffersFromTheFindingsAtTheNumber() {
        CourseContent content = seedWith(dir, "- Improvement: 3", "- Improvement: 4");

        assertEquals(List.of(SEED + ":466:16: warning[review-count-mismatch]: summary says Improvement: 4, the review "
                + "lists 3 improvement findings"), CheckRuns.formatted(new ReviewCounts(), content));
    }

    @Test
    void reportsACountWrittenInASentenceAtItsNumberWhicheverSideOfTheSeverityItIs() {
        CourseContent content = seedWith(dir, "- Critical: 1\n- Improvement: 3\n- Polish: 2",
                "Critical: 1, Improvement: 4 and no polish.");

        assertEquals(List.of(
                SEED + ":465:27: warning[review-count-mismatch]: summary says Improvement: 4, the review lists 3 "
                        + "improvement findings",
                SEED + ":465:33: warning[review-count-mismatch]: summary says Polish: 0, the review lists 2 polish "
                        + "findings"),
                CheckRuns.formatted(new ReviewCounts(), content));
    }

    @Test
    void reportsEachSeverityWhoseCountDiffers() {
        CourseContent content = seedWith(dir, "- Critical: 1\n- Improvement: 3\n- Polish: 2",
                "- Critical: 0\n- Improvement: 3\n- Polish: 1");

        assertEquals(List.of(
                SEED + ":465:13: warning[review-count-mismatch]: summary says Critical: 0, the review lists 1 critical "
                        + "finding",
                SEED + ":467:11: warning[review-count-mismatch]: summary says Polish: 1, the review lists 2 polish "
                        + "findings"),
                CheckRuns.formatted(new ReviewCounts(), content));
    }

    @Test
    void reportsAPassVerdictOverCriticalAndImprovementFindingsAtTheVerdict() {
        CourseContent content = seedWith(dir, "### Verdict: MAJOR REVISION", "### Verdict: PASS");

        assertEquals(List.of(SEED + ":469:14: warning[verdict-inconsistent]: verdict 'PASS', but the review lists "
                + "1 critical finding and 3 improvement findings"),
                CheckRuns.formatted(new VerdictConsistency(), content));
    }

    @Test
    void aPassVerdictWithPolishFindingsOnlyIsConsistent() {
        CourseContent content = seedWith(dir, "### Verdict: PASS", "### Verdict: PASS (with polish notes)");

        assertEquals(List.of(), CheckRuns.formatted(new VerdictConsistency(), content));
    }

    @Test
    void reportsAnIterationNumberedOutOfOrderAtItsHeading() {
        CourseContent content = seedWith(dir, "(Iteration 2/3)", "(Iteration 3/3)");

        assertEquals(List.of(SEED + ":531:1: warning[iteration-sequence]: review 2 of the lesson is numbered "
                + "iteration 3; iterations should run 1, 2, 3... in document order"),
                CheckRuns.formatted(new IterationSequence(), content));
    }

    @Test
    void reportsAReviewDatedBeforeThePreviousOneAtItsHeading() {
        CourseContent content = seedWith(dir, "## Review -- 2026-02-20 (Iteration 2/3)",
                "## Review -- 2026-02-19 (Iteration 2/3)");

        assertEquals(List.of(SEED + ":531:1: warning[iteration-sequence]: review dated 2026-02-19 comes after the "
                + "review of 2026-02-20 (line 462); dates should not go backwards"),
                CheckRuns.formatted(new IterationSequence(), content));
    }

    @Test
    void aReviewWithoutAnIterationNumberIsTakenAsItsPlace() {
        CourseContent content = seedWith(dir, "## Review -- 2026-02-20 (Iteration 1/3)", "## Review -- 2026-02-20");

        assertEquals(List.of(), CheckRuns.formatted(new IterationSequence(), content));
    }

    @Test
    void reportsAFindingMissingFromTheNextResolutionCheckAtTheFinding() {
        CourseContent content = seed(dir, withoutLines(seedText(), "| Notebook Exercise 3 bare `pass` |"));

        assertEquals(List.of(SEED + ":496:23: warning[finding-unresolved]: finding 'Notebook Exercise 3 has a bare "
                + "pass that will produce empty grid' of iteration 1 is missing from the resolution check of "
                + "iteration 2 (line 544)"), CheckRuns.formatted(new UnresolvedFindings(), content));
    }

    @Test
    void aFixVerificationTableForThePreviousIterationIsAResolutionCheckToo() {
        CourseContent content = seed(dir, withoutLines(EditedContent.replaceOnce(seedText(),
                "### Iteration 1 Resolution Check", "### Iteration 1 Fix Verification"),
                "| Notebook Exercise 3 bare `pass` |"));

        assertEquals(List.of(SEED + ":496:23: warning[finding-unresolved]: finding 'Notebook Exercise 3 has a bare "
                + "pass that will produce empty grid' of iteration 1 is missing from the resolution check of "
                + "iteration 2 (line 544)"), CheckRuns.formatted(new UnresolvedFindings(), content));
    }

    @Test
    void aReviewWithoutAResolutionTableIsNotChecked() {
        CourseContent content = seed(dir, withoutLines(seedText(), "| Finding | Severity | Status | How Resolved |",
                "|---------|----------|--------|-------------|"));

        assertEquals(List.of(), CheckRuns.formatted(new UnresolvedFindings(), content));
    }

    @Test
    void aVerificationTableForAnotherIterationDoesNotCount() {
        CourseContent content = seed(dir, withoutLines(EditedContent.replaceOnce(seedText(),
                "### Iteration 1 Resolution Check", "### Iteration 4 Fix Verification"),
                "| Notebook Exercise 3 bare `pass` |"));

        assertEquals(List.of(), CheckRuns.formatted(new UnresolvedFindings(), content));
    }

    @Test
    void reportsACriticalFindingInTheLatestReviewAsAnError() {
        CourseContent content = seedWith(dir, "#### [POLISH] -- Spaced em dash in Exercise 1 heading",
                "#### [CRITICAL] -- Spaced em dash in Exercise 1 heading");

        assertEquals(List.of(SEED + ":555:20: error[open-critical]: CRITICAL finding 'Spaced em dash in Exercise 1 "
                + "heading' is open in the latest review (iteration 2): the lesson is not publishable until a later "
                + "review resolves it"), CheckRuns.formatted(new OpenCriticals(), content));
    }

    @Test
    void aCriticalFindingOfAnEarlierReviewIsNotOpen() {
        // The seed's iteration 1 has a CRITICAL finding; iteration 2 is the latest.
        assertEquals(List.of(), CheckRuns.formatted(new OpenCriticals(), EditedContent.load(Repo.content())));
    }
}
