package dev.lectern.model;

import java.util.List;

/** Phase 2: how new concepts connect to prior ones. */
public record ConnectionTable(Table source, List<Connection> rows) implements TypedTable {
    public ConnectionTable {
        rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
        return "connections";
    }
}
