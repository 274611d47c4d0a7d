package dev.lectern.parse;

import dev.lectern.model.Diagnostic;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a long-running process ({@code lectern serve}) remembers of the files it parsed: a file whose
 * bytes are unchanged is not parsed again, and its diagnostics are reported again as they were.
 * A one-off build uses {@link #none()}, which remembers nothing.
 */
public final class ParseCache {
    private final boolean enabled;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** One file's bytes, what they parsed into, and what parsing them reported. */
    record Entry(byte[] bytes, Object parsed, List<Diagnostic> diagnostics) {
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

    Optional<Entry> lookup(ContentFile file) {
        Entry entry = entries.get(file.path());
        return entry != null && Arrays.equals(entry.bytes(), file.bytes()) ? Optional.of(entry) : Optional.empty();
    }

    void remember(ContentFile file, Object parsed, List<Diagnostic> diagnostics) {
        if (enabled) {
            entries.put(file.path(), new Entry(file.bytes(), parsed, List.copyOf(diagnostics)));
        }
    }

    /** Forgets files that are gone, so a long session does not keep them. */
    void keepOnly(java.util.Set<String> paths) {
        entries.keySet().retainAll(paths);
    }
}
