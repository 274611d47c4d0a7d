package dev.lectern.math;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files whole: formula cache entries, the site's pages, build states, the switch journal and
 * baselines. Here in math, the lowest stage that writes files, so that every stage above uses it.
 */
public final class WholeFile {

    private WholeFile() {
    }

    /** Writes a file in one system call ({@code Files.write} cuts the bytes into 8 KB ones). */
    public static void write(Path target, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(content);
        }
    }

    /**
     * Writes {@code content} under a temporary name in {@code target}'s folder (which must exist) and
     * renames it over {@code target}, so a reader (another thread or process, a host serving the
     * folder) sees the old file or the new one, never part of one. On failure the temporary file is
     * removed and {@code target} is as it was.
     */
    public static void replace(Path target, byte[] content) throws IOException {
        Path temp = createTemporary(target);
        try {
            write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * A new empty file beside {@code target}, made as any new file is (its permissions from the umask).
     * Not {@code Files.createTempFile}: that makes it readable by its owner alone, and the rename would
     * give a page that mode, which a web server running as another user cannot read.
     */
    private static Path createTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling(".lectern-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 10) {
                    throw taken;
                }
            }
        }
    }
}
