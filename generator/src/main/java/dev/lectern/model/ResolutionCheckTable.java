package dev.lectern.model;

import java.util.List;

/** A review's check that the previous iteration's findings were resolved. */
public record ResolutionCheckTable(Table source, List<ResolutionCheck> rows) implements TypedTable {
    public ResolutionCheckTable {
        rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
        return "resolution-check";
    }
}
