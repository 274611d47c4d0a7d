package dev.lectern.validate;

import dev.lectern.model.Misconception;
import dev.lectern.model.MisconceptionTable;
import dev.lectern.model.Rule;
import java.util.List;
import java.util.Optional;

/** {@code too-few-misconceptions}: fewer than 3 misconceptions with a negative example. */
final class TooFewMisconceptions extends PlanningTableCheck<MisconceptionTable> {
    static final int MINIMUM = 3;

    TooFewMisconceptions() {
        super(Rule.TOO_FEW_MISCONCEPTIONS, MisconceptionTable.class, 2,
                "misconceptions table (Misconception | Why | Negative Example)",
                "plan at least " + MINIMUM + " misconceptions, each with a negative example");
    }

    @Override
    Optional<String> shortfall(List<MisconceptionTable> tables) {
        List<Misconception> rows = tables.stream().flatMap(t -> t.rows().stream()).toList();
        long disproved = rows.stream().filter(m -> filled(m.negativeExample().plain())).count();
        if (disproved >= MINIMUM) {
            return Optional.empty();
        }
        return Optional.of(disproved + " of " + rows.size() + " misconceptions have a negative example; "
                + requirement);
    }
}
