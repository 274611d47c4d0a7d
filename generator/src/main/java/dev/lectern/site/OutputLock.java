package dev.lectern.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build at a time in an output folder: a lock on {@code .lectern/lock}, held from the recovery
 * of a half-done switch to the end of the build, so no build removes or replaces another's staging
 * tree. A second build (or {@code serve}'s rebuild) waits for the first. The file stays, empty.
 */
final class OutputLock implements AutoCloseable {
    private static final long RETRY_MILLIS = 20;

    /** Holds the lock until it is closed. */
    private final FileChannel channel;

    private OutputLock(FileChannel channel) {
        this.channel = channel;
    }

    static OutputLock acquire(Path workspace) {
        try {
            Files.createDirectories(workspace);
            FileChannel channel = FileChannel.open(workspace.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            try {
                waitFor(channel);
                return new OutputLock(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the output folder " + workspace.getParent(), e);
        }
    }

    /** Waits for the lock; another Lectern in this JVM holding it shows as an overlapping lock. */
    private static FileLock waitFor(FileChannel channel) throws IOException {
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException heldInThisJvm) {
                // wait as for another process
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for another build into the same folder", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.close(); // releases the lock
        } catch (IOException e) {
            // a channel that fails to close is closed, its lock released, all the same
        }
    }
}
