package dev.lectern.validate;

import dev.lectern.model.Publication;
import dev.lectern.model.Severity;
import dev.lectern.parse.ParseLimits;
import java.util.Map;

/**
 * What {@code lectern.yaml} says: the rule policy, the parse limits, the least severe diagnostics the
 * validation pages list one by one ({@code pages: min-severity}; the others are counted), and what the
 * site publishes.
 */
public record Config(RulePolicy rules, ParseLimits limits, Severity listedFrom, Publication publication) {
    /** The pages list warnings and errors, as the command line prints them; infos are counted per rule. */
    public static final Severity LISTED_FROM = Severity.WARNING;

    public static Config defaults() {
        return new Config(RulePolicy.of(Map.of()), ParseLimits.defaults(), LISTED_FROM, Publication.defaults());
    }
}
