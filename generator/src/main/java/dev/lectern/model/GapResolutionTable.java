package dev.lectern.model;

import java.util.List;

/** Phase 2: how each prerequisite gap is resolved. */
public record GapResolutionTable(Table source, List<GapResolution> rows) implements TypedTable {
    public GapResolutionTable {
        rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
        return "gap-resolution";
    }
}
