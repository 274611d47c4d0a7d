package dev.lectern.validate;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The severity each rule reports at: its default, or what {@code lectern.yaml} says; a rule
 * turned {@code off} reports nothing.
 */
public final class RulePolicy {
    private final Map<Rule, Optional<Severity>> overrides;

    private RulePolicy(Map<Rule, Optional<Severity>> overrides) {
        this.overrides = overrides;
    }

    /** @param overrides per rule: the severity to use, or empty to turn the rule off */
    public static RulePolicy of(Map<Rule, Optional<Severity>> overrides) {
        return new RulePolicy(overrides.isEmpty() ? Map.of() : new EnumMap<>(overrides));
    }

    /** The diagnostic at its configured severity, or empty when its rule is off. */
    public Optional<Diagnostic> apply(Diagnostic diagnostic) {
        Optional<Rule> rule = Rule.byId(diagnostic.rule());
        if (rule.isEmpty() || !overrides.containsKey(rule.get())) {
            return Optional.of(diagnostic);
        }
        return overrides.get(rule.get()).map(severity -> new Diagnostic(diagnostic.file(), diagnostic.line(),
                diagnostic.column(), severity, diagnostic.rule(), diagnostic.message()));
    }

    /** A sink that passes diagnostics on to {@code delegate} at this policy's severities, dropping rules turned off. */
    public DiagnosticSink onto(DiagnosticSink delegate) {
        return diagnostic -> apply(diagnostic).ifPresent(delegate::report);
    }
}
