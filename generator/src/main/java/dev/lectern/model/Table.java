package dev.lectern.model;

import java.util.List;

/** A Markdown table as written: header cells and rows of cells, each row with its line. */
public record Table(int line, List<Inline> header, List<Row> rows) implements Block {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    @Override
    public String kind() {
        return "table";
    }

    /** A body row; it may hold fewer or more cells than the header. */
    public record Row(int line, List<Inline> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at {@code index}, or an empty cell at the row's start when the row is short. */
        public Inline cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : new Inline("", line, 1, 1);
        }
    }
}
