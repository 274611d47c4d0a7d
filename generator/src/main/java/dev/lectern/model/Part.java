package dev.lectern.model;

import java.util.List;

/** A subsection ({@code ###}) of a section, with its blocks; deeper headings stay as blocks. */
public record Part(int line, Inline heading, List<Block> blocks) {
    public Part {
        blocks = List.copyOf(blocks);
    }
}
