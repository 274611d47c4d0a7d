package dev.lectern.model;

import java.util.List;

/**
 * A planning table recognised by its header: the table as written ({@link #source()}, so every
 * column is kept for display) and its rows read into typed records, one per source row, in order.
 */
public sealed interface TypedTable extends Block
        permits RelevantConceptTable, PrerequisiteTable, GapResolutionTable, MisconceptionTable, ExampleTable,
        ModalityTable, ConnectionTable, ResolutionCheckTable {

    Table source();

    List<?> rows();

    @Override
    default int line() {
        return source().line();
    }
}
