package dev.lectern.parse;

import dev.lectern.model.Inline;
import dev.lectern.model.Table;
import java.util.List;
import java.util.Locale;

/** Finds a table's columns by the words their headers start with, whatever the exact wording. */
final class ColumnMap {
    private final List<String> headers;

    ColumnMap(Table table) {
        this.headers = table.header().stream().map(ColumnMap::normalise).toList();
    }

    static String normalise(Inline header) {
        return header.plain().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ").replaceAll("\\s+", " ").strip();
    }

    /** The first column whose header starts with one of {@code prefixes}, or -1. */
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
        if (headers.isEmpty()) {
            return false;
        }
        for (String prefix : prefixes) {
            if (headers.get(0).startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
