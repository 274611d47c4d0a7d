package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/**
 * A review finding: {@code #### [CRITICAL] -- title} and its labelled fields; a field the reviewer
 * left out is empty. {@code other} keeps the blocks under the finding that are under none of its fields.
 */
public record Finding(int line, Optional<FindingSeverity> severity, String severityText, Inline title,
                      Optional<FindingField> location, Optional<FindingField> issue, Optional<FindingField> studentImpact,
                      Optional<FindingField> suggestedFix, List<Block> other) {
    public Finding {
        other = List.copyOf(other);
    }
}
