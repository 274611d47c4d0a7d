package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Lesson;
import dev.lectern.model.Severity;
import dev.lectern.render.LessonReport.OpenFindings;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which findings of a lesson's latest review the validation report counts as open. */
class OpenFindingsTest {

    private static OpenFindings open(CourseContent content, String slug) {
        Lesson lesson = content.lessons().stream().filter(l -> l.slug().equals(slug)).findFirst().orElseThrow();
        return LessonReport.of(lesson, slug, "lesson-" + slug, List.of(), List.of(), Severity.INFO).open();
    }

    @Test
    void aFindingThatRecordsItsOwnFixIsNotOpenButADeferredOneIs(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("lessons"));
        Files.writeString(root.resolve("lessons/fixed.md"), """
                # Lesson: Fixed

                ## Review — 2026-02-06

                ### Verdict: NEEDS REVISION → REVISED

                ### Findings

                #### [CRITICAL] — No example
                **Issue:** Abstract.
                **Fix applied:** Added one.

                #### [IMPROVEMENT] — Labels unexplained
                **Issue:** Bare terms.

                #### [POLISH] — Study analogy only in aside
                **Status:** No action needed. Working as intended.

                #### [POLISH] — Slider labels
                **Status:** Deferred. Shared widget.
                """);

        assertEquals(new OpenFindings(0, 1, 1, 0), open(EditedContent.load(root), "fixed"));
    }

    @Test
    void aSummaryAfterTheLatestReviewThatSaysNothingRemainsLeavesNoFindingOpen(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("lessons"));
        String review = """
                # Lesson: %s

                ## Review — 2026-02-06 (Iteration 2/3)

                ### Verdict: PASS with notes

                ### Findings

                ### [POLISH] — Em dash spacing
                **Issue:** Spaced em dashes.

                ---

                ## Improvement Summary — 2026-02-06

                ### Changes made:
                - [Iteration 2] Fixed POLISH: em dash spacing

                ### Remaining items:
                - %s
                """;
        Files.writeString(root.resolve("lessons/settled.md"), review.formatted("Settled", "None"));
        Files.writeString(root.resolve("lessons/deferred.md"), review.formatted("Deferred", "Em dash spacing, deferred"));
        CourseContent content = EditedContent.load(root);

        assertEquals(new OpenFindings(0, 0, 0, 0), open(content, "settled"));
        assertEquals(new OpenFindings(0, 0, 1, 0), open(content, "deferred"));
    }

    @Test
    void theReviewPageShowsWhatWasDoneAfterEachReviewWhereItWasWritten(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("lessons"));
        Files.writeString(root.resolve("lessons/fixes.md"), """
                # Lesson: Fixes

                ## Review — 2026-02-16 (Iteration 1/3)

                ### Verdict: NEEDS REVISION

                #### [POLISH] — Em dashes
                **Issue:** Spaced.

                ## Fixes Applied — 2026-02-16 (Post-Iteration 1)

                ### Finding #1 [POLISH] — Em dashes
                **Status:** FIXED. Rephrased.

                ## Review — 2026-02-17 (Iteration 2/3)

                ### Verdict: PASS
                """);
        Document page = RenderedSite.of(EditedContent.load(root), RenderedSite.DRAFTS_SHOWN).page("lessons/fixes/review.html");

        assertEquals(List.of("Review — 2026-02-16 (Iteration 1/3)", "Fixes Applied — 2026-02-16 (Post-Iteration 1)",
                "Review — 2026-02-17 (Iteration 2/3)"), page.select("main h2").eachText());
        assertEquals(List.of("Finding #1 [POLISH] — Em dashes"), page.select("section.review-since h3").eachText());
        assertEquals("Status: FIXED. Rephrased.", page.selectFirst("section.review-since p").text());
    }

    @Test
    void whatIsLearningHasNoOpenFindingsForEachRecordsItsFix() {
        CourseContent corpus = EditedContent.load(Repo.corpus());
        // seven findings say 'Fix applied:', one 'Status: No action needed'
        assertEquals(new OpenFindings(0, 0, 0, 0), open(corpus, "what-is-learning"));
        assertEquals(new OpenFindings(0, 1, 1, 0), open(corpus, "the-speed-landscape"));
    }

    @Test
    void gradientDescentAndLearningRateHaveNoOpenFindingsForTheirImprovementSummariesSayNoneRemain() {
        CourseContent corpus = EditedContent.load(Repo.corpus());
        assertEquals(new OpenFindings(0, 0, 0, 0), open(corpus, "gradient-descent"));
        assertEquals(new OpenFindings(0, 0, 0, 0), open(corpus, "learning-rate"));
        // its summary keeps the widget's slider labels as a remaining item
        assertEquals(new OpenFindings(0, 0, 1, 0), open(corpus, "linear-regression"));
    }
}
