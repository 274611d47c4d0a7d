package dev.lectern.model;

/** Fenced or indented code; {@code language} is empty when the fence names none. */
public record CodeBlock(int line, String language, String code) implements Block {
    @Override
    public String kind() {
        return "code";
    }
}
