package dev.lectern.math;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Where each stored formula is: its key to (pack, offset), from scanning the packs' headers. A key
 * may be in several records (two processes typeset it, or one was typeset again after its record
 * failed): the newest is tried first, and a record that fails its check counts as corrupt and is
 * dropped from the index. On a miss it looks again, at most once a {@code rescan} ({@link #RESCAN} in
 * builds), for records that other processes appended since, so a long-lived {@code serve} sees what a
 * build typeset.
 * Thread-safe.
 */
final class PackIndex implements AutoCloseable {

    static final Duration RESCAN = Duration.ofSeconds(1);

    private record Location(PackFile pack, long offset, int bodyLength, Location older) {

        boolean holds(PackFile file, long at) {
            for (Location l = this; l != null; l = l.older) {
                if (l.pack == file && l.offset == at) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A pack open for reading, and how far it has been scanned. */
    private static final class Scanned {
        final PackFile file;
        long end;

        Scanned(PackFile file) {
            this.file = file;
        }
    }

    private final PackFolder folder;
    private final Predicate<Path> skipped;
    private final AtomicLong corrupt;
    private final long rescanNanos;
    private final Map<String, Location> locations = new ConcurrentHashMap<>();
    private final Map<Path, Scanned> packs = new HashMap<>(); // guarded by this
    private volatile long scannedAt;
    private boolean closed; // guarded by this

    /**
     * @param skipped packs not to index (this cache's own, whose entries it has in memory)
     * @param corrupt counts records that failed their check when read
     * @param rescan  how long after a scan a miss may scan again
     */
    PackIndex(PackFolder folder, Predicate<Path> skipped, AtomicLong corrupt, Duration rescan) {
        this.folder = folder;
        this.skipped = skipped;
        this.corrupt = corrupt;
        this.rescanNanos = rescan.toNanos();
    }

    /**
     * Indexes the packs present, each from where the last scan stopped; returns how many packs
     * the folder holds.
     */
    synchronized int scan() {
        scannedAt = System.nanoTime();
        var present = folder.packs();
        if (closed) {
            return present.size();
        }
        for (Path path : present) {
            if (skipped.test(path)) {
                continue;
            }
            try {
                Scanned pack = packs.get(path);
                if (pack == null) {
                    pack = new Scanned(PackFile.open(path));
                    packs.put(path, pack);
                }
                PackFile file = pack.file;
                pack.end = file.scan(pack.end, (header, offset) -> add(HexFormat.of().formatHex(header.key()),
                        file, offset, header.bodyLength()));
            } catch (NoSuchFileException e) {
                // merged away since it was listed: the merged pack holds its records
            } catch (IOException e) {
                // unreadable: its formulas miss, and are typeset again
            }
        }
        return present.size();
    }

    /** The checked body stored for {@code key}, if any. */
    Optional<byte[]> body(String key) {
        Optional<byte[]> body = lookUp(key);
        if (body.isEmpty() && rescanDue()) {
            rescan();
            body = lookUp(key);
        }
        return body;
    }

    /** Closes the packs; afterwards every key misses. */
    @Override
    public synchronized void close() {
        closed = true;
        locations.clear();
        for (Scanned pack : packs.values()) {
            try {
                pack.file.close();
            } catch (IOException e) {
                // a read-only channel: nothing is lost
            }
        }
        packs.clear();
    }

    private boolean rescanDue() {
        return System.nanoTime() - scannedAt >= rescanNanos;
    }

    /** Scans again unless another thread just did. */
    private synchronized void rescan() {
        if (rescanDue()) {
            scan();
        }
    }

    private void add(String key, PackFile file, long offset, int bodyLength) {
        locations.compute(key, (k, newest) -> newest != null && newest.holds(file, offset)
                ? newest // a record whose body was cut short, scanned again
                : new Location(file, offset, bodyLength, newest));
    }

    private Optional<byte[]> lookUp(String key) {
        Location newest = locations.get(key);
        if (newest == null) {
            return Optional.empty();
        }
        byte[] keyBytes = HexFormat.of().parseHex(key);
        for (Location at = newest; at != null; at = at.older()) {
            try {
                Optional<byte[]> body = at.pack().body(at.offset(), at.bodyLength(), keyBytes);
                if (body.isPresent()) {
                    if (at != newest) {
                        locations.replace(key, newest, at); // forget the bad ones tried before it
                    }
                    return body;
                }
                corrupt.incrementAndGet();
            } catch (IOException e) {
                // unreadable (or closed meanwhile): not corrupt, but not served either
            }
        }
        locations.remove(key, newest); // so the next request does not count them again
        return Optional.empty();
    }
}
