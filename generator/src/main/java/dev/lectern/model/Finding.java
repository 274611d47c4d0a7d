package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/**
 * A review finding: {@code #### [CRITICAL] -- title} and its labelled fields; a field the reviewer
 * left out is empty. {@code other} keeps any further blocks under the finding.
 */
public record Finding(int line, Optional<FindingSeverity> severity, String severityText, Inline title,
                      Optional<Inline> location, Optional<Inline> issue, Optional<Inline> studentImpact,
                      Optional<Inline> suggestedFix, List<Block> other) {
    public Finding {
        other = List.copyOf(other);
    }
}
