package dev.lectern.validate;

import dev.lectern.parse.ParseLimits;

/** What {@code lectern.yaml} says: the rule policy and the parse limits. */
public record Config(RulePolicy rules, ParseLimits limits) {
    public static Config defaults() {
        return new Config(RulePolicy.defaults(), ParseLimits.defaults());
    }
}
