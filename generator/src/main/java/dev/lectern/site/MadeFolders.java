package dev.lectern.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders one build has made, each made once: asking the file system again for every file costs
 * a system call per file (3,000 of them for 1,000 lessons), and on ext4 a failing mkdir is not cheap.
 * Safe across threads: a second writer into a folder waits until the first has made it.
 */
final class MadeFolders {
    private final ConcurrentHashMap<Path, Boolean> made = new ConcurrentHashMap<>();

    /** Makes {@code folder} and its parents unless this build already did. */
    void make(Path folder) throws IOException {
        try {
            made.computeIfAbsent(folder, MadeFolders::create);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Boolean create(Path folder) {
        try {
            Files.createDirectories(folder);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
