package dev.lectern.model;

/** Raw HTML as written; it is sanitised when rendered, never trusted. */
public record RawHtml(int line, String html) implements Block {
    @Override
    public String kind() {
        return "html";
    }
}
