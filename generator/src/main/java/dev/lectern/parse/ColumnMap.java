package dev.lectern.parse;

import dev.lectern.model.Inline;
import dev.lectern.model.Table;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds a table's columns by the words their headers start with, whatever the exact wording. */
final class ColumnMap {
    private static final Set<String> NUMBER_HEADERS = Set.of("#", "no", "no.", "nr", "nr.", "№");

    private final List<String> headers;
    private final int label;

    ColumnMap(Table table) {
        this.headers = table.header().stream().map(ColumnMap::normalise).toList();
        this.label = table.header().size() > 2
                && NUMBER_HEADERS.contains(table.header().get(0).plain().toLowerCase(Locale.ROOT)) ? 1 : 0;
    }

    /** The column that names each row: the first, or the second after a column that numbers the rows ({@code #}). */
    int label() {
        return label;
    }

    /** Whether the naming column's header ({@link #label}) starts with one of {@code prefixes}. */
    boolean labelIs(String... prefixes) {
        return startsWith(label, prefixes);
    }

    static String normalise(Inline header) {
        return header.plain().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * The first column whose header starts with one of {@code prefixes}, or -1. Loops, not streams: asked
     * about ten times per table, as streams this cost 6-9 times more in a fresh JVM (85-124 ms against
     * 13-14 ms per 15,000 asks).
     */
    int find(String... prefixes) {
        for (int i = 0; i < headers.size(); i++) {
            for (String prefix : prefixes) {
                if (headers.get(i).startsWith(prefix)) {
                    return i;
                }
            }
        }
        return -1;
    }

    boolean has(String... prefixes) {
        return find(prefixes) >= 0;
    }

    boolean firstIs(String... prefixes) {
        return startsWith(0, prefixes);
    }

    private boolean startsWith(int column, String... prefixes) {
        if (headers.size() <= column) {
            return false;
        }
        for (String prefix : prefixes) {
            if (headers.get(column).startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
