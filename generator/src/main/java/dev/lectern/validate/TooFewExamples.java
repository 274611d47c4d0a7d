package dev.lectern.validate;

import dev.lectern.model.Example;
import dev.lectern.model.ExampleTable;
import dev.lectern.model.Rule;
import java.util.List;
import java.util.Optional;

/**
 * {@code too-few-examples}: fewer than 2 positive or fewer than 1 negative planned example, as
 * the Type cell says ({@code Positive (contrastive)} and {@code Interactive positive} are positive,
 * {@code Negative pair} negative; {@code Concrete} is neither).
 */
final class TooFewExamples extends PlanningTableCheck<ExampleTable> {
    static final int POSITIVE = 2;
    static final int NEGATIVE = 1;

    TooFewExamples() {
        super(Rule.TOO_FEW_EXAMPLES, ExampleTable.class, 2, "examples table (Example | Type | Purpose)",
                "plan at least " + POSITIVE + " positive and " + NEGATIVE + " negative example");
    }

    /** The examples the tables plan, and how many of them are positive and negative. */
    record Planned(List<Example> rows, long positive, long negative) {
        static Planned of(List<ExampleTable> tables) {
            List<Example> rows = tables.stream().flatMap(t -> t.rows().stream()).toList();
            return new Planned(rows, rows.stream().filter(e -> e.polarity() == Example.Polarity.POSITIVE).count(),
                    rows.stream().filter(e -> e.polarity() == Example.Polarity.NEGATIVE).count());
        }
    }

    @Override
    Optional<String> shortfall(List<ExampleTable> tables) {
        Planned planned = Planned.of(tables);
        long positive = planned.positive();
        long negative = planned.negative();
        if (positive >= POSITIVE && negative >= NEGATIVE) {
            return Optional.empty();
        }
        List<String> neither = planned.rows().stream().filter(e -> e.polarity() == Example.Polarity.OTHER)
                .map(e -> "'" + e.type().plain() + "'").toList();
        return Optional.of(positive + " positive and " + negative + " negative " + (negative == 1 ? "example" : "examples")
                + " planned" + (neither.isEmpty() ? "" : " (the Type of " + neither.size() + " more, "
                + String.join(", ", neither) + ", " + (neither.size() == 1 ? "says" : "say") + " neither)") + "; " + requirement);
    }
}
