package dev.lectern.model;

import java.util.List;

/** Phase 1: the concepts the student already has, with depth and source. */
public record RelevantConceptTable(Table source, List<RelevantConcept> rows) implements TypedTable {
    public RelevantConceptTable {
        rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
        return "relevant-concepts";
    }
}
