package dev.lectern.model;

import java.util.List;

/** Phase 2: the modalities planned for the core concept, each with a rationale. */
public record ModalityTable(Table source, List<Modality> rows) implements TypedTable {
    public ModalityTable {
        rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
        return "modalities";
    }
}
