package dev.lectern.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the specification says about one checklist item's claim: the check that decides it
 * ({@code claim}, empty when no check matches the item's words), its status, why, and the lines
 * that show it.
 *
 * @param checklist the name of the checklist the item is in
 * @param claim     what the matched check decides, {@code all gaps have a resolution}; empty when unknown
 * @param reason    one sentence: what supports or contradicts the claim, or why it cannot be decided
 */
public record ClaimVerification(Checklist.Item item, String checklist, String claim, Status status, String reason,
                                List<Evidence> evidence) {
    public ClaimVerification {
        evidence = List.copyOf(evidence);
    }

    public enum Status {
        VERIFIED, CONTRADICTED, NOT_MACHINE_CHECKABLE, UNKNOWN;

        /** {@code not machine-checkable}: as reports print it. */
        public String label() {
            return this == NOT_MACHINE_CHECKABLE ? "not machine-checkable" : name().toLowerCase(Locale.ROOT);
        }

        /** {@code not-machine-checkable}: for JSON and CSS classes. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A line of the specification that bears on the claim; {@code rule} is the diagnostic's rule when a
     * rule reported it, empty when the tables say it without one (a count, a part that is there).
     */
    public record Evidence(int line, int column, String rule, String message) {
        /** A rule's diagnostic as evidence. */
        public static Evidence of(Diagnostic diagnostic) {
            return new Evidence(diagnostic.line(), diagnostic.column(), diagnostic.rule(), diagnostic.message());
        }

        /** {@code 31: 'GAN' is GAP, but ...}. */
        public String text() {
            return (line > 0 ? line + ": " : "") + message;
        }
    }

    /**
     * The rule that reports the item: checklist-claim-contradicted for a ticked item the specification
     * contradicts, checklist-unchecked for an unticked one; empty otherwise.
     */
    public Optional<Rule> reportedBy() {
        if (!item.checked()) {
            return Optional.of(Rule.CHECKLIST_UNCHECKED);
        }
        return status == Status.CONTRADICTED ? Optional.of(Rule.CHECKLIST_CLAIM_CONTRADICTED) : Optional.empty();
    }

    /** The evidence in one line, for a diagnostic's message. */
    public String evidenceText() {
        return String.join("; ", evidence.stream().map(Evidence::text).toList());
    }
}
