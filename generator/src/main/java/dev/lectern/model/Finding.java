package dev.lectern.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A review finding: {@code #### [CRITICAL] -- title} and its labelled fields; a field the reviewer
 * left out is empty. {@code other} keeps the blocks under the finding that are under none of its fields.
 */
public record Finding(int line, Optional<FindingSeverity> severity, String severityText, Inline title,
                      Optional<FindingField> location, Optional<FindingField> issue, Optional<FindingField> studentImpact,
                      Optional<FindingField> suggestedFix, List<Block> other) {
    /** A line by which a finding records its own fix: {@code **Fix applied:** ...}, {@code **Status:** Fixed.} */
    private static final Pattern SETTLED = Pattern.compile(
            "(?i)^(?:fix(?:es)? applied\\s*:|status\\s*:\\s*(?:fixed|resolved|done|no action needed)\\b)");

    public Finding {
        other = List.copyOf(other);
    }

    /** Whether the finding is of {@code severity} (one whose severity was unreadable is of none). */
    public boolean is(FindingSeverity severity) {
        return this.severity.filter(severity::equals).isPresent();
    }

    /**
     * Whether the finding is still open: it records no fix of its own. A review written as its fixes were made
     * ({@code NEEDS REVISION -> REVISED}) says under each finding what was done; a deferred one stays open.
     */
    public boolean open() {
        return other.stream().noneMatch(b -> b instanceof Paragraph p && SETTLED.matcher(p.text().plain()).find());
    }
}
