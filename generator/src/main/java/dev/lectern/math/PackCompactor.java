package dev.lectern.math;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the packs that no process is writing into one, so each writing run adding a pack does not
 * make the folder grow in files without bound. Every record that passes its check is kept, once per
 * key; records that fail (a cut tail, flipped bytes) are dropped. The merged pack is written under a
 * temporary name, synced and renamed into place before the packs it replaces are deleted, so a
 * crash at any point loses no entry. Two processes compacting at once both succeed; the next
 * compaction merges their two outputs.
 */
final class PackCompactor {

    /** More packs than this in the folder, and the next cache to index it merges them. */
    static final int MAX_PACKS = 8;

    private final PackFolder folder;

    PackCompactor(PackFolder folder) {
        this.folder = folder;
    }

    /** Merges the packs not being written, if the folder holds more than {@link #MAX_PACKS}. */
    void compactIfCrowded() {
        List<Path> packs = folder.packs();
        if (packs.size() > MAX_PACKS) {
            compact(packs);
        }
    }

    /** Merges those of {@code packs} that no process is writing, when there are two or more. */
    void compact(List<Path> packs) {
        List<Path> inputs = packs.stream().filter(pack -> !folder.mayBeWritten(pack)).toList();
        if (inputs.size() < 2) {
            return;
        }
        Path temp = folder.newTemp();
        try {
            List<Path> merged = merge(inputs, temp);
            if (Files.size(temp) > 0) {
                moveIntoPlace(temp, folder.newMerged());
            } else {
                Files.delete(temp); // nothing good in them
            }
            for (Path input : merged) {
                Files.deleteIfExists(input);
                Files.deleteIfExists(folder.lockOf(input));
            }
        } catch (IOException e) {
            // the packs stay as they were; the next cache to index the folder tries again
            deleteQuietly(temp);
        }
        folder.deleteStale();
    }

    /** Writes the good records of {@code inputs}, oldest first, into {@code out}; returns the inputs read. */
    private List<Path> merge(List<Path> inputs, Path out) throws IOException {
        List<Path> read = new ArrayList<>();
        Set<ByteBuffer> keys = new HashSet<>();
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            for (Path input : inputs) {
                try (PackFile pack = PackFile.open(input)) {
                    pack.scan(0, (header, offset) -> {
                        if (!keys.contains(ByteBuffer.wrap(header.key()))) {
                            Optional<byte[]> record = pack.record(offset, header.bodyLength(), header.key());
                            if (record.isPresent()) {
                                keys.add(ByteBuffer.wrap(header.key()));
                                stream.write(record.get());
                            }
                        }
                    });
                    read.add(input);
                } catch (NoSuchFileException e) {
                    // merged by another process since it was listed: its records are in that one's output
                }
            }
            stream.flush();
            channel.force(true); // whole on disk before the packs it replaces go
        }
        return read;
    }

    private static void moveIntoPlace(Path temp, Path pack) throws IOException {
        try {
            Files.move(temp, pack, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, pack);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a stray temporary file is deleted by a later compaction
        }
    }
}
