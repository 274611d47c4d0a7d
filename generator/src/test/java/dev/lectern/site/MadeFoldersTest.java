package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MadeFoldersTest {

    @TempDir
    Path temp;

    @Test
    void writersOnManyThreadsFindEveryFolderMadeBeforeTheyWriteIntoIt() throws Exception {
        MadeFolders folders = new MadeFolders();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Path file = temp.resolve("lessons/l" + (i % 20) + "/page" + i + ".html");
            writes.add(threads.submit(() -> {
                folders.make(file.getParent());
                Files.writeString(file, "x");
                return null;
            }));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        threads.shutdown();

        try (var files = Files.walk(temp.resolve("lessons"))) {
            assertEquals(400, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsAnIoErrorEveryTime() throws IOException {
        Files.writeString(temp.resolve("blocked"), "a file where a folder should go");
        MadeFolders folders = new MadeFolders();

        assertThrows(IOException.class, () -> folders.make(temp.resolve("blocked/lesson")));
        assertThrows(IOException.class, () -> folders.make(temp.resolve("blocked/lesson")));
        assertTrue(Files.isRegularFile(temp.resolve("blocked")));
    }
}
