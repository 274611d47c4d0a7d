package dev.lectern.parse;

import dev.lectern.model.ComparisonRow;
import dev.lectern.model.Inline;
import dev.lectern.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a comparison table: {@code | | Left | Right |} with a label column, or two columns without
 * one. Header cells name the sides unless titles are given.
 */
final class ComparisonTables {

    private ComparisonTables() {
    }

    static ComparisonRow read(int line, Table table, Inline leftTitle, String leftColor, Inline rightTitle,
                              String rightColor) {
        boolean labelled = table.header().size() >= 3;
        int leftColumn = labelled ? 1 : 0;
        List<ComparisonRow.Item> left = new ArrayList<>();
        List<ComparisonRow.Item> right = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Inline label = labelled ? row.cell(0) : Inline.empty(row.line());
            left.add(new ComparisonRow.Item(row.line(), label, row.cell(leftColumn)));
            right.add(new ComparisonRow.Item(row.line(), label, row.cell(leftColumn + 1)));
        }
        Inline leftName = leftTitle.isBlank() && table.header().size() > leftColumn
                ? table.header().get(leftColumn) : leftTitle;
        Inline rightName = rightTitle.isBlank() && table.header().size() > leftColumn + 1
                ? table.header().get(leftColumn + 1) : rightTitle;
        return new ComparisonRow(line, new ComparisonRow.Side(leftName, leftColor, left),
                new ComparisonRow.Side(rightName, rightColor, right));
    }
}
