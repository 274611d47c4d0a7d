package dev.lectern.model;

import java.util.List;

/** A section Lectern does not interpret; it is kept and rendered as written. */
public record PlainSection(int line, Inline heading, List<Block> intro, List<Part> parts) implements Section {
    public PlainSection {
        intro = List.copyOf(intro);
        parts = List.copyOf(parts);
    }

    @Override
    public String kind() {
        return "plain";
    }
}
