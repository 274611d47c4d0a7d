package dev.lectern.model;

import java.util.List;

/** Phase 2: the misconceptions, each with a negative example. */
public record MisconceptionTable(Table source, List<Misconception> rows) implements TypedTable {
    public MisconceptionTable {
        rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
        return "misconceptions";
    }
}
