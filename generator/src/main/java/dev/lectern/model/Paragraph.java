package dev.lectern.model;

/** A paragraph of inline Markdown. */
public record Paragraph(Inline text) implements Block {
    @Override
    public int line() {
        return text.line();
    }

    @Override
    public String kind() {
        return "paragraph";
    }
}
