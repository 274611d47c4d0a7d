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
        assertEquals(List.of(SEED + ":3:11: error[slug-mismatch]: slug 'latent-consistency' differs from the file name "
                + "'latent-consistency-and-turbo.md'; the file name is the slug, so rename one of them"),
                tree.check(new SlugConsistency()));
    }

    @Test
    void reportsBothLessonsWithOneSlugEachNamingTheOther(@TempDir Path dir) throws Exception {
        ContentTree tree = ContentTree.seedModule(dir).write(COPY, java.nio.file.Files.readString(Repo.seed()));
        assertEquals(List.of(
                SEED + ":3:11: error[duplicate-slug]: slug 'latent-consistency-and-turbo' publishes to "
                        + "lessons/latent-consistency-and-turbo/, as " + COPY + ":3 (slug 'latent-consistency-and-turbo') "
                        + "does; none of them is published until each has a folder of its own",
                COPY + ":3:11: error[duplicate-slug]: slug 'latent-consistency-and-turbo' publishes to "
                        + "lessons/latent-consistency-and-turbo/, as " + SEED + ":3 (slug 'latent-consistency-and-turbo') "
                        + "does; none of them is published until each has a folder of its own"),
                tree.check(new SlugConsistency()));
    }

    @Test
    void reportsADuplicateSlugTakenFromFileNamesForTheWholeFile(@TempDir Path dir) throws Exception {
        String unstated = java.nio.file.Files.readString(Repo.seed())
                .replace("**Slug:** `latent-consistency-and-turbo`\n", "");
        ContentTree tree = ContentTree.seedModule(dir).write(COPY, unstated);
        assertEquals(List.of(SEED + ":3:11: error[duplicate-slug]: slug 'latent-consistency-and-turbo' publishes to "
                        + "lessons/latent-consistency-and-turbo/, as " + COPY + " (slug 'latent-consistency-and-turbo') "
                        + "does; none of them is published until each has a folder of its own",
                COPY + ":0:0: error[duplicate-slug]: slug 'latent-consistency-and-turbo' publishes to "
                        + "lessons/latent-consistency-and-turbo/, as " + SEED + ":3 (slug 'latent-consistency-and-turbo') "
                        + "does; none of them is published until each has a folder of its own"),
                tree.check(new SlugConsistency()));
    }

    @Test
    void reportsFileNamesThatBecomeOneFolderOnceMadeSafeOrCaseFolded(@TempDir Path dir) {
        ContentTree tree = ContentTree.in(dir)
                .write("lessons/a b.md", "# Lesson: A\n")
                .write("lessons/A-B.md", "# Lesson: B\n")
                .write("lessons/αβ.md", "# Lesson: C\n")
                .write("lessons/γδ.md", "# Lesson: D\n");
        String none = " does; none of them is published until each has a folder of its own";
        assertEquals(List.of(
                "lessons/A-B.md:0:0: error[duplicate-slug]: slug 'A-B' publishes to lessons/A-B/, as lessons/a b.md "
                        + "(slug 'a b')" + none,
                "lessons/a b.md:0:0: error[duplicate-slug]: slug 'a b' publishes to lessons/a-b/, as lessons/A-B.md "
                        + "(slug 'A-B')" + none,
                "lessons/αβ.md:0:0: error[duplicate-slug]: slug 'αβ' publishes to lessons/lesson/, as "
                        + "lessons/γδ.md (slug 'γδ')" + none,
                "lessons/γδ.md:0:0: error[duplicate-slug]: slug 'γδ' publishes to lessons/lesson/, as "
                        + "lessons/αβ.md (slug 'αβ')" + none),
                tree.check(new SlugConsistency()));
    }
}
