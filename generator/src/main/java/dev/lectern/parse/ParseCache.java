package dev.lectern.parse;

import dev.lectern.model.Diagnostic;
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
     * A file's {@link ContentScanner.Stamp stamp} (size and modification time, taken by the scan, before
     * its bytes are read) is trusted to mean "unchanged" only when the time is older than this: a file
     * written again within the clock's resolution of being read could keep both (git's "racily clean"
     * case), so such a file is read again.
     */
    static final Duration RACY = Duration.ofSeconds(2);

    /** One file's bytes, what they parsed into, what parsing them reported, and its stamp when read. */
    record Entry(byte[] bytes, Object parsed, List<Diagnostic> diagnostics, Optional<ContentScanner.Stamp> stamp,
                 Instant read) {
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
    Optional<Entry> lookup(String path, Optional<ContentScanner.Stamp> stamp) {
        Entry entry = entries.get(path);
        return entry != null && stamp.isPresent() && entry.stamp().equals(stamp)
                && Instant.ofEpochMilli(stamp.get().modified()).isBefore(entry.read().minus(RACY))
                ? Optional.of(entry) : Optional.empty();
    }

    Optional<Entry> lookup(ContentFile file) {
        Entry entry = entries.get(file.path());
        return entry != null && Arrays.equals(entry.bytes(), file.bytes()) ? Optional.of(entry) : Optional.empty();
    }

    /** Remembers a parse; {@code stamp} and {@code read}: the file's stamp taken before reading it, and when. */
    void remember(ContentFile file, Optional<ContentScanner.Stamp> stamp, Instant read, Object parsed,
                  List<Diagnostic> diagnostics) {
        if (enabled) {
            entries.put(file.path(), new Entry(file.bytes(), parsed, List.copyOf(diagnostics), stamp, read));
        }
    }

    /** Forgets files that are gone, so a long session does not keep them. */
    void keepOnly(java.util.Set<String> paths) {
        entries.keySet().retainAll(paths);
    }
}
