package dev.lectern.model;

import java.util.List;

/** A block quote. */
public record Quote(int line, List<Block> blocks) implements Block {
    public Quote {
        blocks = List.copyOf(blocks);
    }

    @Override
    public String kind() {
        return "quote";
    }
}
