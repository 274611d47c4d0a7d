package dev.lectern.parse;

import dev.lectern.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a long-running process ({@code lectern serve}) remembers of the files it parsed: a file whose
 * bytes are unchanged is not parsed again, and its diagnostics are reported again as they were; one
 * whose size and (settled) modification time are unchanged is not even read.
 * A one-off build uses {@link #none()}, which remembers nothing.
 */
public final class ParseCache {
    private final boolean enabled;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * A file's size and modification time, read before its bytes. Trusted to mean "unchanged" only
     * when the time is older than {@link #RACY}: a file written again within the clock's resolution
     * of being read could keep both (git's "racily clean" case), so such a file is read again.
     */
    record Stat(long size, FileTime modified) {
        static final Duration RACY = Duration.ofSeconds(2);

        static Optional<Stat> of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return Optional.of(new Stat(attributes.size(), attributes.lastModifiedTime()));
            } catch (IOException e) {
                return Optional.empty(); // reading the file will report the problem
            }
        }

        boolean settledBefore(Instant read) {
            return modified.toInstant().isBefore(read.minus(RACY));
        }
    }

    /** One file's bytes, what they parsed into, what parsing them reported, and its stat when read. */
    record Entry(byte[] bytes, Object parsed, List<Diagnostic> diagnostics, Optional<Stat> stat, Instant read) {
    }

    private ParseCache(boolean enabled) {
        this.enabled = enabled;
    }

    public static ParseCache none() {
        return new ParseCache(false);
    }

    public static ParseCache inMemory() {
        return new ParseCache(true);
    }

    /**
     * The entry of a file whose size and settled modification time are what they were when it was
     * read: a long session then reads only the files that changed, not the whole course per edit.
     */
    Optional<Entry> lookup(String path, Optional<Stat> stat) {
        Entry entry = entries.get(path);
        return entry != null && stat.isPresent() && entry.stat().equals(stat)
                && stat.get().settledBefore(entry.read()) ? Optional.of(entry) : Optional.empty();
    }

    Optional<Entry> lookup(ContentFile file) {
        Entry entry = entries.get(file.path());
        return entry != null && Arrays.equals(entry.bytes(), file.bytes()) ? Optional.of(entry) : Optional.empty();
    }

    /** Remembers a parse; {@code stat} and {@code read}: the file's stat taken before reading it, and when. */
    void remember(ContentFile file, Optional<Stat> stat, Instant read, Object parsed, List<Diagnostic> diagnostics) {
        if (enabled) {
            entries.put(file.path(), new Entry(file.bytes(), parsed, List.copyOf(diagnostics), stat, read));
        }
    }

    /** Forgets files that are gone, so a long session does not keep them. */
    void keepOnly(java.util.Set<String> paths) {
        entries.keySet().retainAll(paths);
    }
}
