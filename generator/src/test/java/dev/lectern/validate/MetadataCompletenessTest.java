package dev.lectern.validate;

import static dev.lectern.validate.ContentTree.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** missing-metadata over the seed with one field taken away or made unreadable. */
class MetadataCompletenessTest {
    private static final String HINT = "; a lesson starts with **Slug:**, **Module:** and **Position:** fields";

    @Test
    void theSeedStatesSlugModuleAndPosition(@TempDir Path dir) {
        assertEquals(List.of(), ContentTree.seedModule(dir).check(new MetadataCompleteness()));
    }

    @Test
    void reportsAMissingPositionAtTheFirstMetadataLine(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, ", **Position:** Lesson 7 of 11 in series, Lesson 2 of 3 in module", "");
        assertEquals(List.of(SEED + ":3:1: warning[missing-metadata]: the metadata does not state: position" + HINT),
                tree.check(new MetadataCompleteness()));
    }

    @Test
    void reportsAModuleWithoutNumberAsMissingWithWhatWasWritten(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, "**Module:** 7.3 (Fast Generation)", "**Module:** Fast Generation");
        assertEquals(List.of(SEED + ":3:1: warning[missing-metadata]: the metadata does not state: module "
                + "('Fast Generation' gives no module number such as 7.3)" + HINT), tree.check(new MetadataCompleteness()));
    }

    @Test
    void reportsAPositionInTheSeriesOnlyAsNoPositionInTheModule(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).change(SEED, ", Lesson 2 of 3 in module", "");
        assertEquals(List.of(SEED + ":3:1: warning[missing-metadata]: the metadata does not state: position in the "
                + "module ('Lesson 7 of 11 in series' gives no 'Lesson N of M' for the module)" + HINT),
                tree.check(new MetadataCompleteness()));
    }

    @Test
    void reportsALessonWithoutMetadataAtItsFirstLine(@TempDir Path dir) {
        ContentTree tree = ContentTree.in(dir).write(SEED, "# Lesson: Latent Consistency & Turbo\n\nNo fields.\n");
        assertEquals(List.of(SEED + ":1:1: warning[missing-metadata]: the metadata does not state: slug, module, "
                + "position" + HINT), tree.check(new MetadataCompleteness()));
    }

    @Test
    void reportsALessonWithoutATitleAtItsFirstLineWithTheFileNameItsPagesShow(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).change(SEED, "# Lesson: Latent Consistency & Turbo\n", "");
        assertEquals(List.of(SEED + ":1:1: warning[missing-metadata]: the lesson has no title, so its pages show its file "
                + "name, 'latent-consistency-and-turbo'; start the file with a heading '# Lesson: Title'"),
                tree.check(new MetadataCompleteness()));
    }
}
