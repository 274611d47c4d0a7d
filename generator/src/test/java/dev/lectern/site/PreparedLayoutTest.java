package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last build's files, made empty ahead of need in the staging folder, and cleared of what is not written again. */
class PreparedLayoutTest {

    @TempDir
    Path temp;

    @Test
    void makesTheLastBuildsFilesEmptyAndLeavesAFileTheWriterGotToFirstAsItWas() throws IOException {
        Path staging = temp.resolve("out/.staging");
        Files.createDirectories(staging.resolve("lessons/a"));
        Files.writeString(staging.resolve("lessons/a/index.html"), "written first");

        PreparedLayout layout = PreparedLayout.start(staging, new MadeFolders(),
                List.of("lessons/a/index.html", "lessons/a/spec.html", "lessons/b/index.html", "../escape.html"), Runnable::run);
        layout.stop();

        assertEquals("written first", Files.readString(staging.resolve("lessons/a/index.html")));
        assertEquals(0, Files.size(staging.resolve("lessons/a/spec.html")));
        assertEquals(0, Files.size(staging.resolve("lessons/b/index.html")));
        assertFalse(Files.exists(temp.resolve("out/escape.html")));
    }

    @Test
    void removesWhatTheBuildDidNotWriteAndTheFoldersThatLeavesEmpty() throws IOException {
        Path staging = temp.resolve("out/.staging");
        PreparedLayout layout = PreparedLayout.start(staging, new MadeFolders(), List.of("lessons/a/index.html",
                "lessons/a/spec.html", "lessons/b/index.html", "lessons/b/deep/x.json", "lessons/index.html"), Runnable::run);

        layout.removeUnwritten(Set.of("lessons/a/index.html", "lessons/index.html"));

        assertTrue(Files.exists(staging.resolve("lessons/a/index.html")));
        assertTrue(Files.exists(staging.resolve("lessons/index.html")));
        assertFalse(Files.exists(staging.resolve("lessons/a/spec.html")));
        assertFalse(Files.exists(staging.resolve("lessons/b")), "a folder left empty goes too");
    }
}
