package dev.lectern.model;

import java.util.List;

/** A named checklist ({@code ### Prerequisite Audit}) and its items. */
public record Checklist(int line, Inline name, List<Item> items) {
    public Checklist {
        items = List.copyOf(items);
    }

    public long checkedCount() {
        return items.stream().filter(Item::checked).count();
    }

    /** One {@code - [x] text} item. */
    public record Item(int line, Inline text, boolean checked) {
    }
}
