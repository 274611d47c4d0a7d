package dev.lectern.validate;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticSink;

/** Passes diagnostics on at the severity the policy gives, dropping those of rules turned off. */
public record PolicySink(RulePolicy policy, DiagnosticSink delegate) implements DiagnosticSink {

    @Override
    public void report(Diagnostic diagnostic) {
        policy.apply(diagnostic).ifPresent(delegate::report);
    }
}
