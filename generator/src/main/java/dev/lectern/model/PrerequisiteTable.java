package dev.lectern.model;

import java.util.List;

/** Phase 2: the prerequisites, each with required and actual depth and a status. */
public record PrerequisiteTable(Table source, List<Prerequisite> rows) implements TypedTable {
    public PrerequisiteTable {
        rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
        return "prerequisites";
    }
}
