package dev.lectern.model;

import java.util.List;

/** A bullet or numbered list; {@code start} is the first number of a numbered list. */
public record ListBlock(int line, boolean ordered, int start, List<ListItem> items) implements Block {
    public ListBlock {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "list";
    }
}
