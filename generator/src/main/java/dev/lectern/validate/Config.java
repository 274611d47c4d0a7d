package dev.lectern.validate;

import dev.lectern.model.Publication;
import dev.lectern.parse.ParseLimits;

/** What {@code lectern.yaml} says: the rule policy, the parse limits and what the site publishes. */
public record Config(RulePolicy rules, ParseLimits limits, Publication publication) {
    public static Config defaults() {
        return new Config(RulePolicy.defaults(), ParseLimits.defaults(), Publication.defaults());
    }
}
