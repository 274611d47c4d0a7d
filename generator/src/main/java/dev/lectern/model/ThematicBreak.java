package dev.lectern.model;

/** A thematic break ({@code ---}). */
public record ThematicBreak(int line) implements Block {
    @Override
    public String kind() {
        return "rule";
    }
}
