package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Lesson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a long session remembers between builds: files not read again, and when they must be. */
class ParseCacheTest {

    @TempDir
    Path root;

    private final GuardedParsing guard = new GuardedParsing(1);
    private final ContentLoader loader = ContentLoader.standard(guard, ParseCache.inMemory());

    @AfterEach
    void stop() {
        guard.close();
    }

    private Path lesson(String title, Instant modified) throws IOException {
        Path file = root.resolve("lessons/a.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# Lesson: " + title + "\n\nText.\n");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private Lesson load() {
        CourseContent content = loader.load(root, new DiagnosticCollector());
        return content.lessons().get(0);
    }

    @Test
    void keepsTheParseOfAFileWhoseSizeAndSettledTimeAreUnchangedWithoutReadingIt() throws IOException {
        Instant old = Instant.now().minus(Duration.ofMinutes(5));
        lesson("Alpha", old);
        Lesson first = load();
        // Same size, same time, other bytes: only a read could tell, so this shows the file was not read.
        lesson("Omega", old);

        assertSame(first, load());
    }

    @Test
    void readsAFileAgainWhenItsSizeOrTimeChanged() throws IOException {
        Instant old = Instant.now().minus(Duration.ofMinutes(5));
        lesson("Alpha", old);
        load();
        lesson("Omega", old.plusSeconds(1));

        assertEquals("Omega", load().displayTitle());
    }

    @Test
    void readsAFileAgainWhenItWasWrittenTooRecentlyToTrustItsTime() throws IOException {
        Instant now = Instant.now();
        lesson("Alpha", now);
        Lesson first = load();
        lesson("Omega", now); // same size and time: a racy write within the clock's resolution

        Lesson second = load();

        assertNotSame(first, second);
        assertEquals("Omega", second.displayTitle());
    }
}
