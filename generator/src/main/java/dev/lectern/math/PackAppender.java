package dev.lectern.math;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * This cache's own pack: records are buffered, then appended in one write. No other process writes
 * to it, so concurrent builds on one cache folder never share a file. While it is open its lock
 * file is held (see {@link PackFolder}). Created by the first write; a write that fails closes it
 * (the records already in it stay good) and the next one starts a new pack. Thread-safe.
 */
final class PackAppender implements AutoCloseable {

    /** Appends once this much is buffered, besides whenever the cache writer has nothing queued. */
    private static final int BUFFER = 256 * 1024;

    private final PackFolder folder;
    private final AtomicLong failures;
    private final Consumer<Path> opened;
    private final List<byte[]> pending = new ArrayList<>(); // guarded by this
    private int pendingBytes;       // guarded by this
    private FileChannel lock;       // guarded by this; with pack, null until the first write
    private Path lockFile;          // guarded by this
    private FileChannel pack;       // guarded by this

    /**
     * @param failures counts records that could not be written
     * @param opened   told each pack this appender starts, before anything is in it
     */
    PackAppender(PackFolder folder, AtomicLong failures, Consumer<Path> opened) {
        this.folder = folder;
        this.failures = failures;
        this.opened = opened;
    }

    synchronized void append(byte[] record) {
        pending.add(record);
        pendingBytes += record.length;
        if (pendingBytes >= BUFFER) {
            flush();
        }
    }

    /** Writes what is buffered (to the page cache: no fsync, a cache may lose its last entries in a crash). */
    synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            if (pack == null) {
                open();
            }
            ByteBuffer[] buffers = pending.stream().map(ByteBuffer::wrap).toArray(ByteBuffer[]::new);
            for (long written = 0; written < pendingBytes; ) {
                written += pack.write(buffers);
            }
        } catch (IOException e) {
            // A cache that cannot be written only makes the next build slower.
            failures.addAndGet(pending.size());
            finish();
        } finally {
            pending.clear();
            pendingBytes = 0;
        }
    }

    /** Writes what is buffered and closes the pack, so others may merge it. */
    @Override
    public synchronized void close() {
        flush();
        finish();
    }

    private void open() throws IOException {
        Files.createDirectories(folder.dir());
        Path name = folder.newPack();
        // The lock first: a compaction that sees the pack finds it held.
        lockFile = folder.lockOf(name);
        lock = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            if (lock.tryLock() == null) {
                throw new IOException("a new lock file is held: " + lockFile);
            }
            opened.accept(name);
            pack = FileChannel.open(name, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            finish();
            throw e;
        }
    }

    /** Closes the pack, then lets go of its lock file. */
    private void finish() {
        try {
            if (pack != null) {
                pack.close();
            }
        } catch (IOException e) {
            // what reached the file is checked when read
        }
        try {
            if (lockFile != null) {
                Files.deleteIfExists(lockFile);
            }
        } catch (IOException e) {
            // a lock file left behind is free once closed: the pack is merged all the same, the file deleted later
        }
        try {
            if (lock != null) {
                lock.close();
            }
        } catch (IOException e) {
            // closing releases the lock whatever it reports
        }
        pack = null;
        lock = null;
        lockFile = null;
    }
}
