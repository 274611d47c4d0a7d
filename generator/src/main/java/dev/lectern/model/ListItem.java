package dev.lectern.model;

import java.util.List;

/** A list item: its blocks, and whether it is a task ({@code - [ ]}) and ticked. */
public record ListItem(int line, TaskMark task, List<Block> blocks) {
    public ListItem {
        blocks = List.copyOf(blocks);
    }

    /** Whether an item is a task, and if so whether it is ticked. */
    public enum TaskMark { NONE, OPEN, DONE }
}
