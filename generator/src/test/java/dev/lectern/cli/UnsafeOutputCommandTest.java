package dev.lectern.cli;

import dev.lectern.site.Lectern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build C --out C} through the real Lectern: a one-line usage error, exit 2, the sources kept. */
class UnsafeOutputCommandTest {

    @TempDir
    Path temp;

    @Test
    void buildingIntoTheContentFolderIsAUsageErrorThatDeletesNothing() throws IOException {
        Path lesson = temp.resolve("course/lessons/one.md");
        Files.createDirectories(lesson.getParent());
        Files.writeString(lesson, "# Lesson: One\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String content = temp.resolve("course").toString();

        int code = new LecternCli(Lectern::open, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("build", content, "--out", content, "--cache", temp.resolve("cache").toString());

        assertEquals(2, code);
        assertEquals("lectern: the output folder " + content + " is the content folder; build into another folder, "
                + "e.g. --out site\n", err.toString());
        assertTrue(Files.isRegularFile(lesson));
    }
}
