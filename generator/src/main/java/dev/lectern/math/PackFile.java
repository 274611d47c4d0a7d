package dev.lectern.math;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * One pack open for reading: scans its record headers and reads one record at an offset. Reads are
 * positional, so threads share it. The channel stays usable after another process deletes the file
 * (on POSIX systems), which is what lets a compaction run under a reader's feet.
 */
final class PackFile implements AutoCloseable {

    /** Headers are read through a window this big, so small bodies cost no extra read to skip. */
    private static final int WINDOW = 64 * 1024;

    /** What a scan reports: a record whose header passed its check (its body is not read). */
    interface Records {
        void found(PackFormat.Header header, long offset) throws IOException;
    }

    private final FileChannel channel;

    private PackFile(FileChannel channel) {
        this.channel = channel;
    }

    static PackFile open(Path path) throws IOException {
        return new PackFile(FileChannel.open(path, StandardOpenOption.READ));
    }

    /**
     * Reports the records from {@code from} on, and returns where a later scan should go on: after
     * the last whole record. A record whose body runs past the end is reported (reading it fails its
     * check) and is where the next scan starts, since its writer may still be at it. A header that
     * fails its check is skipped to the next one that passes, so one bad byte hides no other record.
     */
    long scan(long from, Records records) throws IOException {
        long size = channel.size();
        byte[] window = new byte[WINDOW];
        long windowAt = 0;
        int windowLength = 0;
        long at = from;
        while (at + PackFormat.HEADER <= size) {
            if (at < windowAt || at + PackFormat.HEADER > windowAt + windowLength) {
                windowAt = at;
                windowLength = readAt(at, window);
                if (windowLength < PackFormat.HEADER) {
                    break;
                }
            }
            Optional<PackFormat.Header> header = PackFormat.header(window, (int) (at - windowAt));
            if (header.isEmpty()) {
                long next = nextHeader(at + 1, size);
                if (next < 0) {
                    break;
                }
                at = next;
                continue;
            }
            records.found(header.get(), at);
            if (at + header.get().recordLength() > size) {
                break;
            }
            at += header.get().recordLength();
        }
        return at;
    }

    /** The whole record at {@code offset} if it is there in full, is {@code key}'s and passes its checks. */
    Optional<byte[]> record(long offset, int bodyLength, byte[] key) throws IOException {
        byte[] record = new byte[PackFormat.HEADER + bodyLength];
        if (readAt(offset, record) < record.length) {
            return Optional.empty();
        }
        Optional<PackFormat.Header> header = PackFormat.header(record, 0);
        if (header.isEmpty() || !Arrays.equals(header.get().key(), key) || header.get().bodyLength() != bodyLength
                || !PackFormat.bodyMatches(header.get(), record, PackFormat.HEADER, bodyLength)) {
            return Optional.empty();
        }
        return Optional.of(record);
    }

    /** The body of the record at {@code offset}, checked as {@link #record} does. */
    Optional<byte[]> body(long offset, int bodyLength, byte[] key) throws IOException {
        return record(offset, bodyLength, key).map(r -> Arrays.copyOfRange(r, PackFormat.HEADER, r.length));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** The offset of the first header at or after {@code from} that passes its check, or -1. */
    private long nextHeader(long from, long size) throws IOException {
        byte[] chunk = new byte[WINDOW];
        for (long at = from; at + PackFormat.HEADER <= size; ) {
            int length = readAt(at, chunk);
            if (length < PackFormat.HEADER) {
                return -1;
            }
            for (int i = PackFormat.findMagic(chunk, 0, length); i >= 0 && i + PackFormat.HEADER <= length;
                    i = PackFormat.findMagic(chunk, i + 1, length)) {
                if (PackFormat.header(chunk, i).isPresent()) {
                    return at + i;
                }
            }
            at += length - PackFormat.HEADER + 1; // overlapping, so a header across the edge is whole in the next chunk
        }
        return -1;
    }

    /** Fills {@code into} from {@code offset}, as far as the file goes; returns how many bytes it read. */
    private int readAt(long offset, byte[] into) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.position();
    }
}
