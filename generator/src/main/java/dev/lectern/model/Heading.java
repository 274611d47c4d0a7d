package dev.lectern.model;

import java.util.List;

/** A heading inside a section's content (levels below the section's own). */
public record Heading(int line, int level, Inline text) implements Block {
    @Override
    public String kind() {
        return "heading";
    }

    /** The level of the highest headings among {@code blocks}; 2 without any. */
    public static int topLevel(List<Block> blocks) {
        return blocks.stream().filter(Heading.class::isInstance).mapToInt(b -> ((Heading) b).level()).min().orElse(2);
    }
}
