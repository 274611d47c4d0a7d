package dev.lectern.math;

/**
 * What a {@link CachingMathRenderer} did: {@code hits} formulas came from the cache (memory or
 * disk), {@code misses} were typeset; {@code corruptEntries} cache files failed their integrity
 * check and were skipped (typeset again, never served); {@code writeFailures} entries could not be stored (the build goes on).
 */
public record CacheStats(long hits, long misses, long corruptEntries, long writeFailures) {

    /** Formulas asked for. */
    public long requests() {
        return hits + misses;
    }

    /** For build logs, e.g. {@code "12 formulas, 9 from cache"}. */
    public String summary() {
        return requests() + " formulas, " + hits + " from cache";
    }
}
