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

    @TempDir
    Path content;

    private final AtomicInteger calls = new AtomicInteger();

    private ContentWatcher watch() throws IOException {
        Files.createDirectories(content.resolve("series-1/module-1-1/lessons"));
        Files.writeString(content.resolve("series-1/module-1-1/lessons/a.md"), "# A\n");
        ContentWatcher watcher = new ContentWatcher(content, SETTLE, calls::incrementAndGet);
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
