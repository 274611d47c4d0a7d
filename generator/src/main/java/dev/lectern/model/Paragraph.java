package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/** A paragraph of inline Markdown. */
public record Paragraph(Inline text) implements Block {
    /** The text of the first paragraph among {@code blocks} themselves (none inside a list or a quote). */
    public static Optional<Inline> first(List<Block> blocks) {
        return blocks.stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).findFirst();
    }

    @Override
    public int line() {
        return text.line();
    }

    @Override
    public String kind() {
        return "paragraph";
    }
}
