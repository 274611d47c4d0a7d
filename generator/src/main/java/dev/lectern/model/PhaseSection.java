package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/** {@code Phase 1: Orient}, {@code Phase 2: Analyze} or {@code Phase 3: Design}. */
public record PhaseSection(int line, Inline heading, int number, List<Block> intro, List<Part> parts)
        implements Section {
    public PhaseSection {
        intro = List.copyOf(intro);
        parts = List.copyOf(parts);
    }

    @Override
    public String kind() {
        return "phase";
    }

    /** The part whose heading starts with {@code prefix}, ignoring case: {@code "Lesson Outline"}. */
    public Optional<Part> part(String prefix) {
        String wanted = prefix.toLowerCase(java.util.Locale.ROOT);
        return parts.stream()
                .filter(p -> p.heading().plain().toLowerCase(java.util.Locale.ROOT).startsWith(wanted))
                .findFirst();
    }
}
