package dev.lectern.site;

import dev.lectern.testing.SiteRenderers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lectern.math.MathRenderer;
import dev.lectern.model.Diagnostic;
import dev.lectern.parse.GuardedParsing;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, nothing leaked: where a build may write and delete, and what it may read. Each case
 * is one a hostile or careless command line or content tree really produced.
 */
@ExtendWith(SharedKatex.class)
class OutputSafetyTest {
    private static final String LESSON = "# Lesson: One\n\nThe lesson's own text.\n";

    @TempDir
    Path dir;
    private Path content;
    private Path cache;

    @BeforeEach
    void smallCourse() throws IOException {
        content = dir.resolve("course");
        cache = dir.resolve("cache");
        write(content.resolve("lessons/one.md"), LESSON);
    }

    private BuildResult build(MathRenderer math, Path out) {
        try (Lectern lectern = new Lectern(new GuardedParsing(2),
                math, SiteRenderers.oneOff(math)::render, Optional.of(cache), SiteSwitch.Steps.NONE)) {
            return lectern.build(content, out);
        }
    }

    @Test
    void anOutputFolderThatIsTheContentFolderIsRefusedAndNothingIsDeleted(MathRenderer math) {
        UnsafeOutputException refused = assertThrows(UnsafeOutputException.class, () -> build(math, content));
        assertTrue(refused.getMessage().contains("is the content folder"), refused.getMessage());
        assertTrue(Files.isRegularFile(content.resolve("lessons/one.md")));
    }

    @Test
    void anOutputFolderThatContainsTheContentIsRefusedAndNothingIsDeleted(MathRenderer math) throws IOException {
        // the site goes to <out>/lessons: here that is where the lessons' sources are
        Path course = dir.resolve("site/lessons");
        write(course.resolve("lessons/one.md"), LESSON);
        content = course;
        UnsafeOutputException refused = assertThrows(UnsafeOutputException.class, () -> build(math, dir.resolve("site")));
        assertTrue(refused.getMessage().contains("contains the content folder"), refused.getMessage());
        assertTrue(Files.isRegularFile(course.resolve("lessons/one.md")));
        assertFalse(Files.exists(dir.resolve("site/.lectern")), "nothing written");
    }

    @Test
    void anOutputFolderInsideTheContentThatHoldsContentIsRefused(MathRenderer math) throws IOException {
        write(content.resolve("drafts/lessons/two.md"), LESSON);
        UnsafeOutputException refused = assertThrows(UnsafeOutputException.class,
                () -> build(math, content.resolve("drafts")));
        assertTrue(refused.getMessage().contains("holds content"), refused.getMessage());
        assertTrue(Files.isRegularFile(content.resolve("drafts/lessons/two.md")));
    }

    @Test
    void anOutputFolderInsideTheContentWithoutContentIsBuiltAndLeftOutOfTheScan(MathRenderer math) {
        Path out = content.resolve("_site");
        BuildResult first = build(math, out);
        assertTrue(Files.isRegularFile(out.resolve("lessons/one/index.html")));
        write(content.resolve("lessons/one.md"), LESSON + "\nMore.\n");
        BuildResult second = build(math, out);
        assertEquals(first.diagnostics(), second.diagnostics(), "the site's own files are not read as content");
        assertTrue(Files.isRegularFile(content.resolve("lessons/one.md")));
    }

    @Test
    void anOutputFolderThatIsOrContainsTheCacheIsRefused(MathRenderer math) {
        cache = dir.resolve("site/cache");
        UnsafeOutputException refused = assertThrows(UnsafeOutputException.class, () -> build(math, dir.resolve("site")));
        assertTrue(refused.getMessage().contains("cache folder"), refused.getMessage());
        cache = dir.resolve("site");
        assertThrows(UnsafeOutputException.class, () -> build(math, dir.resolve("site")));
    }

    @Test
    void aLessonsFolderLecternDidNotMakeIsNotReplaced(MathRenderer math) throws IOException {
        Path mine = dir.resolve("home/lessons/notes.txt");
        write(mine, "mine");
        UnsafeOutputException refused = assertThrows(UnsafeOutputException.class, () -> build(math, dir.resolve("home")));
        assertTrue(refused.getMessage().contains("was not made by Lectern"), refused.getMessage());
        assertEquals("mine", Files.readString(mine));
    }

    @Test
    void outputPathsAsAShellWritesThemAreAllBuilt(MathRenderer math) throws IOException {
        Path target = dir.resolve("with space/site");
        Files.createDirectories(dir.resolve("with space"));
        Path link = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("with space"));
        for (Path out : List.of(dir.resolve("with space/./site"), dir.resolve("course/../with space/site"),
                link.resolve("site"), Path.of("").toAbsolutePath().relativize(target))) {
            write(content.resolve("lessons/one.md"), LESSON + "\n" + out + "\n");
            build(math, out);
            assertTrue(Files.readString(target.resolve("lessons/one/spec.html")).contains(out.toString()), out.toString());
        }
        try (Stream<Path> workspace = Files.list(target.resolve(".lectern"))) {
            assertEquals(List.of("lock"), workspace.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aTamperedBuildStateDeletesNothingOutsideTheSite(MathRenderer math) throws IOException {
        Path out = dir.resolve("out");
        Path victim = dir.resolve("victim.txt");
        Path absoluteVictim = dir.resolve("absolute-victim.txt");
        write(victim, "keep");
        write(absoluteVictim, "keep");
        int all = build(math, out).filesWritten();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> states = Files.list(cache.resolve("builds"))) {
            for (Path state : states.toList()) {
                ObjectNode tree = (ObjectNode) json.readTree(state.toFile());
                ObjectNode outputs = (ObjectNode) tree.get("outputs");
                outputs.putObject("../victim.txt").put("checksum", "0").put("size", 4);
                outputs.putObject(absoluteVictim.toString()).put("checksum", "0").put("size", 4);
                outputs.putObject("lessons/../../victim.txt").put("checksum", "0").put("size", 4);
                json.writeValue(state.toFile(), tree);
            }
        }
        write(content.resolve("lessons/one.md"), LESSON + "\nEdited.\n");
        assertEquals(all, build(math, out).filesWritten(), "a state naming files outside the site is not trusted");
        assertEquals("keep", Files.readString(victim));
        assertEquals("keep", Files.readString(absoluteVictim));
    }

    @Test
    void aLessonThatLinksToAFileOutsideTheContentIsReportedAndNotRead(MathRenderer math) throws IOException {
        Path secret = dir.resolve("secret.txt");
        write(secret, "# Lesson: Secret\n\nSECRET_TOKEN=hunter2\n");
        Files.createSymbolicLink(content.resolve("lessons/leak.md"), secret);
        Files.createSymbolicLink(content.resolve("lessons/outside"), dir);
        Path out = dir.resolve("out");
        BuildResult result = build(math, out);
        assertEquals(List.of("lessons/leak.md:0:0: error[link-outside-content]: a symbolic link that leads outside the "
                        + "content folder; it is not read",
                        "lessons/outside:0:0: error[link-outside-content]: a symbolic link that leads outside the "
                        + "content folder; it is not read"),
                result.diagnostics().stream().filter(d -> d.rule().equals("link-outside-content"))
                        .map(Diagnostic::format).toList());
        assertFalse(Files.exists(out.resolve("lessons/leak")));
        try (Stream<Path> pages = Files.walk(out)) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(page), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains("hunter2"), page.toString());
            }
        }
    }

    @Test
    void aLinkToALessonInsideTheContentIsRead(MathRenderer math) throws IOException {
        Files.createSymbolicLink(content.resolve("lessons/alias.md"), content.resolve("lessons/one.md"));
        BuildResult result = build(math, dir.resolve("out"));
        assertTrue(Files.isRegularFile(dir.resolve("out/lessons/alias/index.html")), result.diagnostics().toString());
    }

    @Test
    void aPipeWhereALessonShouldBeIsReportedAndNeverOpened(MathRenderer math) throws Exception {
        Path fifo = content.resolve("lessons/pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        // opening a pipe nobody writes to would block the build for ever
        BuildResult result = build(math, dir.resolve("out"));
        assertEquals(List.of("lessons/pipe.md:0:0: warning[special-file]: not a regular file (a pipe, device or "
                        + "socket); it is not opened"),
                result.diagnostics().stream().filter(d -> d.file().equals("lessons/pipe.md")).map(Diagnostic::format)
                        .toList());
        assertTrue(Files.isRegularFile(dir.resolve("out/lessons/one/index.html")));
    }

    @Test
    void aFolderTheSystemCannotOpenIsReportedAndTheRestOfTheCourseIsBuilt(MathRenderer math) throws Exception {
        // Nested past PATH_MAX, a folder cannot be opened by its path even by root (chmod would not stop root).
        String name = "d".repeat(200);
        Path top = Files.createDirectories(content.resolve("series-1"));
        Process deep = new ProcessBuilder("bash", "-c", "for i in $(seq 25); do mkdir " + name + " && cd " + name
                + " || exit 1; done").directory(top.toFile()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(deep.waitFor() == 0, "cannot make the deep folder");
        try {
            BuildResult result = build(math, dir.resolve("out"));
            List<Diagnostic> unread = result.diagnostics().stream().filter(d -> d.rule().equals("io-error")).toList();
            assertEquals(1, unread.size(), result.diagnostics().toString());
            assertTrue(unread.get(0).file().startsWith("series-1/" + name + "/"), unread.get(0).file());
            assertTrue(Files.isRegularFile(dir.resolve("out/lessons/one/index.html")));
        } finally {
            new ProcessBuilder("rm", "-rf", name).directory(top.toFile()).start().waitFor();
        }
    }

    private static void write(Path file, String text) {
        EditedContent.write(file.getParent(), file.getFileName().toString(), text);
    }
}
