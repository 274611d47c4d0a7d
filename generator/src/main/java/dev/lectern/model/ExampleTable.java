package dev.lectern.model;

import java.util.List;

/** Phase 2: the positive and negative examples planned. */
public record ExampleTable(Table source, List<Example> rows) implements TypedTable {
    public ExampleTable {
        rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
        return "examples";
    }
}
