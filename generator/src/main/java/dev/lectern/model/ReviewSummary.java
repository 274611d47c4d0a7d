package dev.lectern.model;

import java.util.Map;
import java.util.Optional;

/** The counts a reviewer wrote under {@code ### Summary}, per severity. */
public record ReviewSummary(int line, Map<FindingSeverity, Count> counts) {
    public ReviewSummary {
        counts = Map.copyOf(counts);
    }

    /** A count as written: its number, and where the number is ({@code - Polish: 2}: at the {@code 2}). */
    public record Count(int value, int line, int column) {
    }

    public Optional<Integer> count(FindingSeverity severity) {
        return Optional.ofNullable(counts.get(severity)).map(Count::value);
    }
}
