package dev.lectern.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code ## Review -- 2026-02-20 (Iteration 1/3)}: one review iteration, with what could be read
 * of it. Parts not interpreted here (review notes, for instance) stay in {@link #parts()}.
 */
public record ReviewSection(int line, Inline heading, Optional<LocalDate> date, Optional<Integer> iteration,
                            Optional<Integer> plannedIterations, Optional<ReviewSummary> summary,
                            Optional<Verdict> verdict, List<Finding> findings,
                            Optional<ResolutionCheckTable> resolutionCheck, List<Block> intro, List<Part> parts)
        implements Section {
    public ReviewSection {
        findings = List.copyOf(findings);
        intro = List.copyOf(intro);
        parts = List.copyOf(parts);
    }

    @Override
    public String kind() {
        return "review";
    }

    /** The iteration as pages show it: {@code 2/3}, or {@code 2} without a planned count; empty when not stated. */
    public Optional<String> iterationLabel() {
        return iteration.map(k -> k + plannedIterations.map(n -> "/" + n).orElse(""));
    }

    public long findingCount(FindingSeverity severity) {
        return findings.stream().filter(f -> f.is(severity)).count();
    }
}
