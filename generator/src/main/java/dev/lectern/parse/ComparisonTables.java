package dev.lectern.parse;

import dev.lectern.model.ComparisonRow;
import dev.lectern.model.Inline;
import dev.lectern.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a comparison table: {@code | | Left | Right |} with a label column, or two columns without
 * one. Header cells name the sides unless titles are given.
 */
final class ComparisonTables {

    private ComparisonTables() {
    }

    static ComparisonRow read(int line, Optional<Inline> title, Table table, Inline leftTitle, String leftColor,
                              Inline rightTitle, String rightColor) {
        boolean labelled = table.header().size() >= 3;
        int leftColumn = labelled ? 1 : 0;
        List<ComparisonRow.Item> left = new ArrayList<>();
        List<ComparisonRow.Item> right = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Inline label = labelled ? row.cell(0) : Inline.empty(row.line());
            left.add(new ComparisonRow.Item(row.line(), label, row.cell(leftColumn)));
            right.add(new ComparisonRow.Item(row.line(), label, row.cell(leftColumn + 1)));
        }
        Inline leftName = title(leftTitle, table, leftColumn);
        Inline rightName = title(rightTitle, table, leftColumn + 1);
        return new ComparisonRow(line, title, new ComparisonRow.Side(leftName, leftColor, left),
                new ComparisonRow.Side(rightName, rightColor, right));
    }

    /**
     * The side's title: the header cell when no title is given or when the header says more
     * ({@code Consistency Distillation (LCM)} for {@code Consistency Distillation}).
     */
    private static Inline title(Inline given, Table table, int column) {
        if (column >= table.header().size()) {
            return given;
        }
        Inline header = table.header().get(column);
        boolean headerSaysMore = header.plain().startsWith(given.plain());
        return given.isBlank() || headerSaysMore ? header : given;
    }
}
