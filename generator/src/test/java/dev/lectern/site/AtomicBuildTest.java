package dev.lectern.site;

import dev.lectern.testing.SiteRenderers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.math.MathRenderer;
import dev.lectern.parse.GuardedParsing;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.SiteRenderer;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every build is all or nothing: killed at any moment (a failure injected at each step stands for
 * the kill), it leaves the whole old site or, once the next build has run, the whole new one; never
 * a mix, never no site, and no staging tree behind.
 */
@ExtendWith(SharedKatex.class)
class AtomicBuildTest {
    @TempDir
    Path dir;
    private Path content;
    private Path out;
    private Path cache;

    @BeforeEach
    void twoLessons() {
        content = dir.resolve("course");
        out = dir.resolve("out");
        cache = dir.resolve("cache");
        write("lessons/one.md", "# Lesson: One\n\nOld text of one.\n");
        write("lessons/two.md", "# Lesson: Two\n\nOld text of two.\n");
    }

    /** A build killed where {@code steps} throws. */
    private BuildResult build(MathRenderer math, SiteSwitch.Steps steps) {
        return build(math, SiteRenderers.oneOff(math)::render, steps);
    }

    private BuildResult build(MathRenderer math, PageRenderer renderer, SiteSwitch.Steps steps) {
        try (Lectern lectern = new Lectern(new GuardedParsing(2),
                math, renderer, Optional.of(cache), steps)) {
            return lectern.build(content, out);
        }
    }

    private BuildResult build(MathRenderer math) {
        return build(math, SiteSwitch.Steps.NONE);
    }

    @ParameterizedTest(name = "killed when: {0}")
    @ValueSource(strings = {"journal written", "old site moved away", "new site in place"})
    void aBuildKilledDuringTheSwitchIsCompletedByTheNextOneAndLeavesNoStaging(String step, MathRenderer math)
            throws IOException {
        build(math);
        Map<String, String> old = SiteFiles.of(out.resolve("lessons"));
        edit();

        assertThrows(Killed.class, () -> build(math, killedAt(step)));
        Map<String, String> afterKill = SiteFiles.of(out.resolve("lessons"));
        assertTrue(afterKill.isEmpty() || afterKill.equals(old) || isNew(afterKill),
                "a mix of old and new pages: " + afterKill.keySet());

        build(math);
        Map<String, String> recovered = SiteFiles.of(out.resolve("lessons"));
        assertTrue(isNew(recovered), "the new site, whole");
        assertEquals(List.of("lock"), workspace());
        assertNotEquals(old, recovered);
    }

    @Test
    void aBuildThatFailsBeforeTheSwitchLeavesTheOldSiteWholeAndNoStaging(MathRenderer math) throws IOException {
        build(math);
        Map<String, String> old = SiteFiles.of(out.resolve("lessons"));
        edit();
        SiteRenderer real = SiteRenderers.oneOff(math);
        PageRenderer failing = (course, publication, diagnostics, sink, files) -> real.render(course, publication, diagnostics, sink,
                file -> {
            files.accept(file);
            if (file.path().endsWith("two/index.html")) {
                throw new IllegalStateException("killed while rendering");
            }
        });
        assertThrows(IllegalStateException.class, () -> build(math, failing, SiteSwitch.Steps.NONE));
        assertEquals(old, SiteFiles.of(out.resolve("lessons")));
        assertEquals(List.of("lock"), workspace());
    }

    @Test
    void stagingTreesOfKilledBuildsAreRemovedByTheNextBuild(MathRenderer math) throws IOException {
        build(math);
        write(out, ".lectern/staging-1234-abc/lessons/one/index.html", "half written");
        edit();
        build(math);
        assertEquals(List.of("lock"), workspace());
    }

    @Test
    void aFirstBuildKilledBetweenItsRenamesStillEndsWithASite(MathRenderer math) throws IOException {
        assertThrows(Killed.class, () -> build(math, killedAt("old site moved away")));
        build(math);
        assertTrue(Files.isRegularFile(out.resolve("lessons/one/index.html")));
        assertEquals(List.of("lock"), workspace());
    }

    @Test
    void aRebuildLinksTheUnchangedPagesIntoTheNewSiteInsteadOfWritingThem(MathRenderer math) throws IOException {
        build(math);
        Path untouched = out.resolve("lessons/two/spec.html");
        Object before = Files.readAttributes(untouched, "unix:ino").get("ino");
        var modified = Files.getLastModifiedTime(untouched);
        write("lessons/one.md", "# Lesson: One\n\nNew text of one.\n");

        BuildResult rebuilt = build(math);

        assertTrue(rebuilt.filesWritten() > 0 && rebuilt.filesWritten() < 6, "written: " + rebuilt.filesWritten());
        assertTrue(Files.readString(out.resolve("lessons/one/spec.html")).contains("New text of one."));
        assertEquals(before, Files.readAttributes(untouched, "unix:ino").get("ino"), "the same file, linked");
        assertEquals(modified, Files.getLastModifiedTime(untouched));
        assertEquals(List.of("lock"), workspace());
    }

    @Test
    void aRebuildThatChangesNoPageLeavesTheSiteUntouched(MathRenderer math) throws IOException {
        build(math);
        Path lessons = out.resolve("lessons");
        Object folder = Files.readAttributes(lessons, "unix:ino", LinkOption.NOFOLLOW_LINKS).get("ino");
        // a new modification time, the same text: the inputs changed, no page does
        Files.setLastModifiedTime(content.resolve("lessons/one.md"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        BuildResult rebuilt = build(math);
        assertEquals(0, rebuilt.filesWritten());
        assertEquals(folder, Files.readAttributes(lessons, "unix:ino", LinkOption.NOFOLLOW_LINKS).get("ino"));
    }

    private boolean isNew(Map<String, String> site) throws IOException {
        return site.containsKey("one/spec.html")
                && Files.readString(out.resolve("lessons/one/spec.html")).contains("New text of one.")
                && Files.readString(out.resolve("lessons/two/spec.html")).contains("New text of two.");
    }

    private void edit() {
        write("lessons/one.md", "# Lesson: One\n\nNew text of one.\n");
        write("lessons/two.md", "# Lesson: Two\n\nNew text of two.\n");
    }

    private static SiteSwitch.Steps killedAt(String step) {
        return reached -> {
            if (reached.equals(step)) {
                throw new Killed();
            }
        };
    }

    private static final class Killed extends RuntimeException {
    }

    private List<String> workspace() throws IOException {
        try (Stream<Path> entries = Files.list(out.resolve(".lectern"))) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void write(String file, String text) {
        write(content, file, text);
    }

    private static void write(Path root, String file, String text) {
        EditedContent.write(root, file, text);
    }
}
