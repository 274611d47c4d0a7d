package dev.lectern.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher alone: which changes it reports, and how a burst of them becomes one call. */
class ContentWatcherTest {
    /** Long enough that the test's three writes form one burst on a loaded machine too (30 ms was not). */
    private static final Duration SETTLE = Duration.ofMillis(300);
    /** Well over the gap the safe-save test leaves between moving the old file aside and renaming the new one in. */
    private static final Duration REPLACED = Duration.ofSeconds(3);

    @TempDir
    Path content;

    private final AtomicInteger calls = new AtomicInteger();
    /** Calls made while the lesson {@code a.md} was not there. */
    private final AtomicInteger callsWithoutTheLesson = new AtomicInteger();

    private ContentWatcher watch() throws IOException {
        Files.createDirectories(content.resolve("series-1/module-1-1/lessons"));
        Files.writeString(content.resolve("series-1/module-1-1/lessons/a.md"), "# A\n");
        Path lesson = content.resolve("series-1/module-1-1/lessons/a.md");
        ContentWatcher watcher = new ContentWatcher(content, SETTLE, REPLACED, () -> {
            calls.incrementAndGet();
            if (!Files.exists(lesson)) {
                callsWithoutTheLesson.incrementAndGet();
            }
        });
        watcher.start();
        return watcher;
    }

    @Test
    void aSaveIsReportedOnceWhenItsBurstOfEventsHasSettled() throws Exception {
        try (ContentWatcher watcher = watch()) {
            Path lesson = content.resolve("series-1/module-1-1/lessons/a.md");
            // an editor's save: truncate, write, write again, as one burst
            Files.writeString(lesson, "");
            Files.writeString(lesson, "# A\n\nedited\n");
            Files.writeString(lesson, "# A\n\nedited again\n");

            waitFor(() -> calls.get() >= 1);
            Thread.sleep(SETTLE.toMillis() * 4);
            assertEquals(1, calls.get(), "one call for one burst");
        }
    }

    @Test
    void aLessonInANewFolderAndADeletedLessonAreBothReported() throws Exception {
        try (ContentWatcher watcher = watch()) {
            // folders made and written at once: the file lands before its folder can be watched
            Path folder = Files.createDirectories(content.resolve("series-1/module-1-2/lessons"));
            Files.writeString(folder.resolve("b.md"), "# B\n");
            waitFor(() -> calls.get() == 1);

            int afterCreate = calls.get();
            Files.delete(content.resolve("series-1/module-1-1/lessons/a.md"));
            waitFor(() -> calls.get() > afterCreate);
        }
    }

    @Test
    void aSafeSaveThatMovesTheOldFileAsideBeforeRenamingTheNewOneInIsOneCallThatSeesTheLesson() throws Exception {
        try (ContentWatcher watcher = watch()) {
            Path lesson = content.resolve("series-1/module-1-1/lessons/a.md");
            Path old = lesson.resolveSibling("a.md___jb_old___");
            Path saved = lesson.resolveSibling("a.md___jb_tmp___");
            // IntelliJ's safe write, on a machine slow enough that the burst settles in the middle of it
            Files.writeString(saved, "# A\n\nsaved safely\n");
            Files.move(lesson, old);
            Thread.sleep(SETTLE.toMillis() * 2);
            Files.move(saved, lesson);
            Files.delete(old);

            waitFor(() -> calls.get() >= 1);
            Thread.sleep(SETTLE.toMillis() * 4);
            assertEquals(0, callsWithoutTheLesson.get(), "no build of the course without the lesson being saved");
            assertEquals(1, calls.get(), "one call for one save");
        }
    }

    @Test
    void anEditorsSwapAndBackupFilesAreNotChangesButTheConfigurationIs() throws Exception {
        try (ContentWatcher watcher = watch()) {
            Path lessons = content.resolve("series-1/module-1-1/lessons");
            Files.writeString(lessons.resolve(".a.md.swp"), "swap");
            Files.writeString(lessons.resolve("a.md~"), "backup");
            Files.writeString(Files.createDirectories(content.resolve(".git")).resolve("notes.md"), "x");
            Thread.sleep(SETTLE.toMillis() * 5);
            assertEquals(0, calls.get(), "no call for files no build reads");

            Files.writeString(content.resolve("lectern.yaml"), "rules: {}\n");
            waitFor(() -> calls.get() == 1);
        }
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(condition.getAsBoolean(), "timed out");
    }
}
