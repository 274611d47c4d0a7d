package dev.lectern.math;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The folder of formula packs and how its files are named. A pack is {@code <owner>-<random>.pack}:
 * the owner is the process that writes it ({@link #thisProcess()}), or {@code merged} for the output
 * of a compaction. While a process appends to a pack it holds a lock on {@code <same name>.lock},
 * so others know not to merge it away; the lock is on a file of its own because POSIX locks belong to
 * the process, and closing any channel on a locked file (as a reader in the same process would) drops them.
 */
final class PackFolder {

    static final String PACK = ".pack";
    static final String LOCK = ".lock";
    static final String TEMP = ".tmp";
    static final String MERGED = "merged";
    /** Leftovers of a process that died while compacting or just after locking are this old at least. */
    private static final Duration STALE = Duration.ofHours(1);

    private final Path dir;
    private final String owner;

    /** @param owner names this process's packs; no {@code -} in it */
    PackFolder(Path dir, String owner) {
        if (owner.isEmpty() || owner.contains("-") || owner.equals(MERGED)) {
            throw new IllegalArgumentException("not a pack owner: '" + owner + "'");
        }
        this.dir = dir;
        this.owner = owner;
    }

    /** This process: its id and start time, so a later process given the same id is another owner. */
    static String thisProcess() {
        ProcessHandle self = ProcessHandle.current();
        long started = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return "p" + self.pid() + "." + Long.toString(started, 36);
    }

    Path dir() {
        return dir;
    }

    /** The packs present, oldest first; none when the folder does not exist (or is not a folder). */
    List<Path> packs() {
        List<Path> packs = new ArrayList<>();
        Map<Path, FileTime> modified = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path pack : files) {
                if (!pack.getFileName().toString().endsWith(PACK)) {
                    continue;
                }
                try {
                    modified.put(pack, Files.getLastModifiedTime(pack));
                    packs.add(pack);
                } catch (NoSuchFileException e) {
                    // merged away meanwhile
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of();
        } catch (IOException e) {
            return List.of(); // unreadable: every formula misses, and is typeset
        }
        packs.sort(Comparator.comparing((Path pack) -> modified.get(pack)).thenComparing(Path::toString));
        return packs;
    }

    /** A name for a new pack of this process. */
    Path newPack() {
        return dir.resolve(owner + "-" + random() + PACK);
    }

    /** A name for the output of a compaction, once it is whole. */
    Path newMerged() {
        return dir.resolve(MERGED + "-" + random() + PACK);
    }

    /** A name for a compaction's output while it is written (never read as a pack). */
    Path newTemp() {
        return dir.resolve("." + random() + TEMP);
    }

    Path lockOf(Path pack) {
        String name = pack.getFileName().toString();
        return pack.resolveSibling(name.substring(0, name.length() - PACK.length()) + LOCK);
    }

    /**
     * Whether some process may still append to {@code pack}: its lock file is held. This process's
     * own packs always count as written, since probing our own lock would drop it.
     */
    boolean mayBeWritten(Path pack) {
        if (ownerOf(pack).equals(owner)) {
            return true;
        }
        try (FileChannel probe = FileChannel.open(lockOf(pack), StandardOpenOption.READ)) {
            FileLock free = probe.tryLock(0, Long.MAX_VALUE, true);
            if (free == null) {
                return true;
            }
            free.release();
            return false; // a lock file nobody holds: its writer died
        } catch (NoSuchFileException e) {
            return false; // closed by its writer
        } catch (OverlappingFileLockException e) {
            return true; // held in this JVM, by a cache with another owner (tests)
        } catch (IOException e) {
            return true; // cannot tell: leave it
        }
    }

    /** Deletes what dead compactions and writers left: old temporary files, lock files without a pack. */
    void deleteStale() {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean orphanLock = name.endsWith(LOCK) && !Files.exists(file.resolveSibling(
                        name.substring(0, name.length() - LOCK.length()) + PACK));
                if ((name.endsWith(TEMP) || orphanLock) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // tidying only: the next compaction tries again
        }
    }

    private static String ownerOf(Path pack) {
        String name = pack.getFileName().toString();
        int dash = name.lastIndexOf('-');
        return dash < 0 ? "" : name.substring(0, dash);
    }

    private static String random() {
        return String.format("%016x", ThreadLocalRandom.current().nextLong());
    }
}
