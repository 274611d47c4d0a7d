package dev.lectern.model;

/** A heading inside a section's content (levels below the section's own). */
public record Heading(int line, int level, Inline text) implements Block {
    @Override
    public String kind() {
        return "heading";
    }
}
