package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Depth;
import dev.lectern.model.LessonRef;
import dev.lectern.model.Prerequisite;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules the parser reports, each fired by one change to the seed, at its exact place; the
 * unchanged seed reports only its mojibake and its fuchsia card.
 */
class SeedEditsTest {
    private static final String FILE = "lessons/latent-consistency-and-turbo.md";
    private static String seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = Files.readString(Repo.seed());
    }

    /** The parser's diagnostics for the seed with {@code from} (which must occur once) replaced. */
    private static List<String> edited(String from, String to) {
        int first = seed.indexOf(from);
        assertEquals(first, seed.lastIndexOf(from), "the text to change must occur exactly once: " + from);
        Lessons.Parsed parsed = Lessons.parse(FILE, seed.replace(from, to));
        return parsed.formatted().stream()
                .filter(d -> !d.contains("[mojibake]") && !d.contains("[unknown-component-color]")).toList();
    }

    @Test
    void unchangedSeedReportsOnlyItsMojibakeAndItsFuchsiaCard() {
        assertEquals(List.of(), edited("**Slug:**", "**Slug:**"));
    }

    @Test
    void unknownDepthIsReportedAtItsCell() {
        assertEquals(List.of(FILE + ":16:51: warning[unknown-depth]: depth 'DEEP' is none of MENTIONED, INTRODUCED, "
                + "DEVELOPED, APPLIED"), edited("| Self-consistency property of ODE trajectories | DEVELOPED |",
                "| Self-consistency property of ODE trajectories | DEEP |"));
    }

    @Test
    void actualDepthAndSourceWrittenInEachOthersPlaceAreReadSwappedAndReported() {
        String swapped = "| Full SD pipeline data flow | INTRODUCED | stable-diffusion-architecture (6.4.1) | DEVELOPED | OK |";
        assertEquals(List.of(FILE + ":83:45: warning[malformed-table]: the Actual Depth and Source cells are in each "
                + "other's columns ('stable-diffusion-architecture (6.4.1)' | 'DEVELOPED'); read as depth DEVELOPED from "
                + "stable-diffusion-architecture (6.4.1)"), edited(
                "| Full SD pipeline data flow | INTRODUCED | DEVELOPED | stable-diffusion-architecture (6.4.1) | OK |",
                swapped));
        Prerequisite read = Lessons.parse(FILE, seed.replace(
                "| Full SD pipeline data flow | INTRODUCED | DEVELOPED | stable-diffusion-architecture (6.4.1) | OK |",
                swapped)).lesson().prerequisites().stream().filter(p -> p.line() == 83).findFirst().orElseThrow();
        assertEquals(Optional.of(Depth.DEVELOPED), read.actual());
        assertEquals(List.of("stable-diffusion-architecture"), read.sourceLessons().stream().map(LessonRef::slug).flatMap(Optional::stream).toList());
    }

    @Test
    void unknownStatusIsReportedAtItsCell() {
        assertEquals(List.of(FILE + ":86:154: warning[unknown-status]: prerequisite status 'MAYBE' is none of OK, "
                + "GAP, MISSING"), edited("| MENTIONED | from-pixels-to-latents (6.3.5) | GAP |",
                "| MENTIONED | from-pixels-to-latents (6.3.5) | MAYBE |"));
    }

    @Test
    void aTabBeforeACellCountsAsOneColumnAsInEditorsGoToColumn() {
        assertEquals(List.of(FILE + ":16:51: warning[unknown-depth]: depth 'DEEP' is none of MENTIONED, INTRODUCED, "
                + "DEVELOPED, APPLIED"), edited("| Self-consistency property of ODE trajectories | DEVELOPED |",
                "| Self-consistency property of ODE trajectories |\tDEEP |"));
    }

    @Test
    void unknownFindingSeverityIsReportedAtItsHeading() {
        assertEquals(List.of(FILE + ":475:7: warning[unknown-severity]: finding severity 'BLOCKER' is none of "
                + "CRITICAL, IMPROVEMENT, POLISH"), edited("#### [CRITICAL] -- Missing contrastive",
                "#### [BLOCKER] -- Missing contrastive"));
    }

    @Test
    void unknownFindingSeverityInABoldParagraphOrAListItemIsReportedAtTheWord() {
        assertEquals(List.of(FILE + ":475:4: warning[unknown-severity]: finding severity 'BLOCKER' is none of "
                + "CRITICAL, IMPROVEMENT, POLISH"), edited("#### [CRITICAL] -- Missing contrastive quality example for LCM "
                + "1-step vs ADD 1-step", "**[BLOCKER] -- Missing contrastive quality example for LCM 1-step vs ADD 1-step**"));
        assertEquals(List.of(FILE + ":475:6: warning[unknown-severity]: finding severity 'BLOCKER' is none of "
                + "CRITICAL, IMPROVEMENT, POLISH"), edited("#### [CRITICAL] -- Missing contrastive quality example for LCM "
                + "1-step vs ADD 1-step\n", "- **[BLOCKER] Missing contrastive quality example** -- for LCM 1-step"));
    }

    @Test
    void aVerdictWrittenBelowItsHeadingOrInAParagraphIsReportedWhereItsWordsAre() {
        assertEquals(List.of(FILE + ":540:1: warning[unknown-verdict]: verdict 'SHIP IT' is none of PASS, NEEDS "
                + "REVISION, MAJOR REVISION"), edited("### Verdict: PASS\n", "### Verdict\n\nSHIP IT\n"));
        assertEquals(List.of(FILE + ":538:14: warning[unknown-verdict]: verdict 'SHIP IT' is none of PASS, NEEDS "
                + "REVISION, MAJOR REVISION"), edited("### Verdict: PASS\n", "**Verdict:** SHIP IT\n"));
    }

    @Test
    void unknownVerdictIsReportedAtTheVerdict() {
        assertEquals(List.of(FILE + ":538:14: warning[unknown-verdict]: verdict 'SHIP IT' is none of PASS, NEEDS "
                + "REVISION, MAJOR REVISION"), edited("### Verdict: PASS", "### Verdict: SHIP IT"));
    }

    @Test
    void unknownCognitiveLoadIsReportedAtTheFieldsValue() {
        assertEquals(List.of(FILE + ":5:21: warning[unknown-cognitive-load]: cognitive load 'HEAVY (2 concepts)' is "
                + "none of BUILD, STRETCH, CONSOLIDATE"), edited("**Cognitive Load:** BUILD (2 concepts that apply "
                + "known patterns at scale: LCM as consistency distillation on latent diffusion, ADD as adversarial "
                + "distillation)", "**Cognitive Load:** HEAVY (2 concepts)"));
    }

    @Test
    void unreadableReviewSummaryIsReportedAtItsHeading() {
        assertEquals(List.of(FILE + ":464:5: warning[unreadable-summary]: review summary gives no counts (expected "
                + "'- Critical: N', '- Improvement: N', '- Polish: N')"), edited(
                "- Critical: 1\n- Improvement: 3\n- Polish: 2", "Some issues, mostly small."));
    }

    @Test
    void aTableRowWithACellTooManyIsReportedAtThatCell() {
        assertEquals(List.of(FILE + ":16:96: warning[malformed-table]: table row has 5 cells but the header has 4"),
                edited("| Self-consistency property of ODE trajectories | DEVELOPED | consistency-models (7.3.1) |",
                        "| Self-consistency property of ODE trajectories | DEVELOPED | consistency-models (7.3.1) | x |"));
    }

    @Test
    void tableRowWithAMissingCellIsMalformed() {
        assertEquals(List.of(FILE + ":16:1: warning[malformed-table]: table row has 3 cells but the header has 4"),
                edited("| Self-consistency property of ODE trajectories | DEVELOPED | consistency-models (7.3.1) |",
                        "| Self-consistency property of ODE trajectories | DEVELOPED |"));
    }
}
