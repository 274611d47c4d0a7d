package dev.lectern.validate;

import dev.lectern.model.Misconception;
import dev.lectern.model.MisconceptionTable;
import dev.lectern.model.Rule;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code too-few-misconceptions}: fewer than 3 misconceptions with a negative example; the rows without one are named. */
final class TooFewMisconceptions extends PlanningTableCheck<MisconceptionTable> {
    static final int MINIMUM = 3;
    /** The quotation marks around a misconception written as the student would say it. */
    private static final Pattern UNQUOTED = Pattern.compile("^[\"“]|[\"”]$");

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
        List<String> without = rows.stream().filter(m -> !filled(m.negativeExample().plain()))
                .map(m -> "'" + NewConceptCount.shortened(UNQUOTED.matcher(m.misconception().plain()).replaceAll(""))
                        + "' (line " + m.line() + ")").toList();
        return Optional.of(disproved + " of " + rows.size() + " misconceptions have a negative example"
                + (without.isEmpty() ? "" : "; " + String.join(", ", without) + (without.size() == 1 ? " has" : " have")
                        + " none") + "; " + requirement);
    }
}
