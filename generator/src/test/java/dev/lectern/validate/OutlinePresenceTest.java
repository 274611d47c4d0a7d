package dev.lectern.validate;

import static dev.lectern.validate.ContentTree.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** missing-outline over the seed with its outline renamed or gone, and over lessons that need none. */
class OutlinePresenceTest {

    @Test
    void theSeedHasItsOutline(@TempDir Path dir) {
        assertEquals(List.of(), ContentTree.seedModule(dir).check(new OutlinePresence()));
    }

    @Test
    void aRenamedOutlineIsReportedAtPhase3WithThePartsItHas(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).change(SEED, "### Lesson Outline", "### Lesson Structure");
        List<String> reported = tree.check(new OutlinePresence());
        assertEquals(1, reported.size(), reported.toString());
        String diagnostic = reported.get(0);
        assertEquals(SEED + ":117:1: warning[missing-outline]: no '### Lesson Outline' under Phase 3, so the student "
                + "page has no lesson text; its Phase 3 has ", diagnostic.substring(0, diagnostic.indexOf("has '") + 4));
        assertTrue(diagnostic.contains("'Lesson Structure'"), diagnostic);
    }

    @Test
    void aLessonRecordedAfterItWasBuiltOrOnlyBegunNeedsNoOutline(@TempDir Path dir) {
        ContentTree tree = ContentTree.in(dir)
                .write(SEED, "# Lesson: Built\n\n## Phase 3: Design\n\n### Narrative Arc\n\nx\n\n"
                        + "## What Was Actually Built\n\n1. **Hook** -- a question\n")
                .write("series-7/module-7-3/lessons/begun.md", "# Lesson: Begun\n\n**Slug:** `begun`\n");
        assertEquals(List.of(), tree.check(new OutlinePresence()));
    }

    @Test
    void aReviewedLessonWithoutPhasesIsReportedAtItsFirstLine(@TempDir Path dir) {
        ContentTree tree = ContentTree.in(dir).write(SEED, "# Lesson: Reviewed\n\n## Review -- 2026-02-20 (Iteration 1/1)\n\n"
                + "### Verdict: PASS\n");
        assertEquals(List.of(SEED + ":1:1: warning[missing-outline]: no '### Lesson Outline' under Phase 3, so the "
                + "student page has no lesson text; it has no Phase 3 section"), tree.check(new OutlinePresence()));
    }
}
