package dev.lectern.validate;

import dev.lectern.model.Modality;
import dev.lectern.model.ModalityTable;
import dev.lectern.model.Rule;
import java.util.List;
import java.util.Optional;

/** {@code too-few-modalities}: fewer than 3 planned modalities with a rationale. */
final class TooFewModalities extends PlanningTableCheck<ModalityTable> {
    static final int MINIMUM = 3;

    TooFewModalities() {
        super(Rule.TOO_FEW_MODALITIES, ModalityTable.class, 3, "modalities table (Modality | What | Why This Modality)",
                "plan at least " + MINIMUM + " modalities, each with a rationale");
    }

    @Override
    Optional<String> shortfall(List<ModalityTable> tables) {
        List<Modality> rows = tables.stream().flatMap(t -> t.rows().stream()).toList();
        long reasoned = rows.stream().filter(m -> filled(m.rationale().plain())).count();
        if (reasoned >= MINIMUM) {
            return Optional.empty();
        }
        return Optional.of(reasoned + " of " + rows.size() + " planned modalities have a rationale; "
                + requirement);
    }
}
