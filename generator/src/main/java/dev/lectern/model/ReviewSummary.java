package dev.lectern.model;

import java.util.Map;
import java.util.Optional;

/** The counts a reviewer wrote under {@code ### Summary}, per severity. */
public record ReviewSummary(int line, Map<FindingSeverity, Located<Integer>> counts) {
    public ReviewSummary {
        counts = Map.copyOf(counts);
    }

    public Optional<Integer> count(FindingSeverity severity) {
        return Optional.ofNullable(counts.get(severity)).map(Located::value);
    }
}
