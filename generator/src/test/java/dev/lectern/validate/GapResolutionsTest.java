package dev.lectern.validate;

import static dev.lectern.validate.ContentTree.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gap-without-resolution: GAP rows against the gap resolution table, matched by concept words. */
class GapResolutionsTest {
    private static final String PRACTICE = "series-7/module-7-1/lessons/controlnet-in-practice.md";

    @Test
    void theSeedsGapIsResolvedUnderAnotherSpellingOfItsName(@TempDir Path dir) {
        // "GAN/adversarial training (MENTIONED, need INTRODUCED)" names "GAN / adversarial training (discriminator ...)"
        assertEquals(List.of(), ContentTree.seedModule(dir).check(new GapResolutions()));
    }

    @Test
    void reportsAGapRowNoResolutionNamesAtItsRow(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).change(SEED,
                "| Component modularity / swappability in SD | INTRODUCED | INTRODUCED | stable-diffusion-architecture (6.4.1) | OK |",
                "| Component modularity / swappability in SD | INTRODUCED | INTRODUCED | stable-diffusion-architecture (6.4.1) | GAP |");
        assertEquals(List.of(SEED + ":87:113: warning[gap-without-resolution]: 'Component modularity / swappability in SD' "
                + "is GAP, but no row of the gap resolution table names it; say how the lesson closes the gap"),
                tree.check(new GapResolutions()));
    }

    @Test
    void reportsAGapWhenTheLessonHasNoGapResolutionTable(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).change(SEED, "| Gap | Size | Resolution |",
                "| Topic | Size | Resolution |");
        assertEquals(List.of(SEED + ":86:154: warning[gap-without-resolution]: 'GAN / adversarial training' is GAP, but "
                + "the lesson has no gap resolution table; say how the lesson closes the gap"),
                tree.check(new GapResolutions()));
    }

    @Test
    void oneSharedWordDoesNotResolveAGapAnotherRowNamesBetter(@TempDir Path dir) {
        // Both GAP rows start "ControlNet"; with both resolutions about coexistence, modularity is unresolved.
        ContentTree corpus = ContentTree.in(dir).fromCorpus(PRACTICE);
        assertEquals(List.of(), corpus.check(new GapResolutions()));
        corpus.change(PRACTICE, "| ControlNet modularity at INTRODUCED, needs DEVELOPED |",
                "| ControlNet coexistence at INTRODUCED, needs DEVELOPED |");
        assertEquals(List.of(PRACTICE + ":60:94: warning[gap-without-resolution]: 'ControlNet as modular, swappable "
                + "component' is GAP, but no row of the gap resolution table names it; say how the lesson closes the gap"),
                corpus.check(new GapResolutions()));
    }
}
