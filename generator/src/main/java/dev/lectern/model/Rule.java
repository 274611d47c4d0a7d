package dev.lectern.model;

/** A thematic break ({@code ---}). */
public record Rule(int line) implements Block {
    @Override
    public String kind() {
        return "rule";
    }
}
