package dev.lectern.validate;

import static dev.lectern.validate.ContentTree.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** prereq-status-mismatch over the seed's prerequisites table. */
class PrerequisiteStatusesTest {
    private static final String GAN_ROW = "| INTRODUCED | MENTIONED | from-pixels-to-latents (6.3.5) | GAP |";

    /** The statuses' diagnostics of the seed with its GAN row's depths and status written as {@code row}. */
    private static List<String> withGanRow(Path dir, String row) {
        return ContentTree.seedModule(dir).change(SEED, GAN_ROW, row).check(new PrerequisiteStatuses());
    }

    @Test
    void theSeedsStatusesFollowFromItsDepths(@TempDir Path dir) {
        assertEquals(List.of(), ContentTree.seedModule(dir).check(new PrerequisiteStatuses()));
    }

    @Test
    void reportsAnOkRowWhoseActualDepthIsBelowTheRequiredOne(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).change(SEED,
                "| INTRODUCED | DEVELOPED | consistency-models (7.3.1) | OK | Need to understand that the ODE",
                "| APPLIED | DEVELOPED | consistency-models (7.3.1) | OK | Need to understand that the ODE");
        assertEquals(List.of(SEED + ":79:102: warning[prereq-status-mismatch]: 'Self-consistency property of ODE "
                + "trajectories' is OK, but its actual depth DEVELOPED is below the required APPLIED; it is a GAP to "
                + "resolve"), tree.check(new PrerequisiteStatuses()));
    }

    @Test
    void reportsAGapRowWhoseActualDepthAlreadyMeetsTheRequiredOne(@TempDir Path dir) {
        List<String> found = withGanRow(dir, "| INTRODUCED | INTRODUCED | from-pixels-to-latents (6.3.5) | GAP |");
        assertEquals(List.of(SEED + ":86:155: warning[prereq-status-mismatch]: 'GAN / adversarial training' is GAP, but "
                + "its actual depth INTRODUCED already meets the required INTRODUCED"),
                found);
    }

    @Test
    void aGapRowThatMeetsItsRequiredDepthWhereTheGapTableNeedsMoreAsksWhetherTheRequiredDepthIsTooLow(@TempDir Path dir) {
        List<String> found = withGanRow(dir, "| MENTIONED | MENTIONED | from-pixels-to-latents (6.3.5) | GAP |");
        assertEquals(List.of(SEED + ":86:153: warning[prereq-status-mismatch]: 'GAN / adversarial training' is GAP, but "
                + "its actual depth MENTIONED already meets the required MENTIONED; the gap resolution table (line 94) "
                + "needs INTRODUCED: is the Required Depth too low?"), found);
    }

    @Test
    void anOkRowBelowTheDepthTheGapTableNeedsIsAGapTheRowHides(@TempDir Path dir) {
        List<String> found = withGanRow(dir, "| MENTIONED | MENTIONED | from-pixels-to-latents (6.3.5) | OK |");
        assertEquals(List.of(SEED + ":86:153: warning[prereq-status-mismatch]: 'GAN / adversarial training' is OK at the "
                + "required MENTIONED, but the gap resolution table (line 94) needs INTRODUCED, above its actual MENTIONED: "
                + "is the Required Depth too low, and the row a GAP?"), found);
    }

    @Test
    void leavesRowsWithAnUnreadableDepthToTheVocabularyRules(@TempDir Path dir) {
        List<String> found = withGanRow(dir, "| INTRODUCED | SOMEWHAT | from-pixels-to-latents (6.3.5) | OK |");
        assertEquals(List.of(), found);
    }
}
