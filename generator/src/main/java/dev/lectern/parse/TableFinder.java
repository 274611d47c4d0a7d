package dev.lectern.parse;

import dev.lectern.model.Block;
import dev.lectern.model.ListBlock;
import dev.lectern.model.ListItem;
import dev.lectern.model.Part;
import dev.lectern.model.Quote;
import dev.lectern.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Finds tables anywhere in a split document, for the plan and record readers. */
final class TableFinder {

    private TableFinder() {
    }

    static List<Table> all(SplitDocument document) {
        List<Table> tables = new ArrayList<>();
        collect(document.preamble(), tables);
        for (SplitDocument.Section section : document.sections()) {
            collect(section.intro(), tables);
            for (Part part : section.parts()) {
                collect(part.blocks(), tables);
            }
        }
        return tables;
    }

    static Optional<Table> first(SplitDocument document, Predicate<ColumnMap> matches) {
        return all(document).stream().filter(t -> matches.test(new ColumnMap(t))).findFirst();
    }

    private static void collect(List<Block> blocks, List<Table> out) {
        for (Block block : blocks) {
            if (block instanceof Table table) {
                out.add(table);
            } else if (block instanceof Quote quote) {
                collect(quote.blocks(), out);
            } else if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    collect(item.blocks(), out);
                }
            }
        }
    }
}
