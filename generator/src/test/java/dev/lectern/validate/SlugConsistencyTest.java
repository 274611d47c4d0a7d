package dev.lectern.validate;

import static dev.lectern.validate.ContentTree.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.testing.Repo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** slug-mismatch and duplicate-slug over the seed. */
class SlugConsistencyTest {
    private static final String COPY = "series-7/module-7-4/lessons/latent-consistency-and-turbo.md";

    @Test
    void theSeedsSlugIsItsFileName(@TempDir Path dir) {
        assertEquals(List.of(), ContentTree.seedModule(dir).check(new SlugConsistency()));
    }

    @Test
    void reportsAStatedSlugThatDiffersFromTheFileNameAtTheSlugField(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, "**Slug:** `latent-consistency-and-turbo`", "**Slug:** `latent-consistency`");
        assertEquals(List.of(SEED + ":3:1: error[slug-mismatch]: slug 'latent-consistency' differs from the file name "
                + "'latent-consistency-and-turbo.md'; the file name is the slug, so rename one of them"),
                tree.check(new SlugConsistency()));
    }

    @Test
    void reportsTheSecondLessonWithASlugNamingTheFirst(@TempDir Path dir) throws Exception {
        ContentTree tree = ContentTree.seedModule(dir).write(COPY, java.nio.file.Files.readString(Repo.seed()));
        assertEquals(List.of(COPY + ":3:1: error[duplicate-slug]: slug 'latent-consistency-and-turbo' is already used "
                + "by " + SEED), tree.check(new SlugConsistency()));
    }

    @Test
    void reportsADuplicateSlugTakenFromFileNamesForTheWholeFile(@TempDir Path dir) throws Exception {
        String unstated = java.nio.file.Files.readString(Repo.seed())
                .replace("**Slug:** `latent-consistency-and-turbo`\n", "");
        ContentTree tree = ContentTree.seedModule(dir).write(COPY, unstated);
        assertEquals(List.of(COPY + ":0:0: error[duplicate-slug]: slug 'latent-consistency-and-turbo' is already used "
                + "by " + SEED), tree.check(new SlugConsistency()));
    }
}
