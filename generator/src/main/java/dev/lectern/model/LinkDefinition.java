package dev.lectern.model;

import java.util.Locale;

/**
 * A link reference definition ({@code [label]: url "title"}) as the author wrote it, at its line ({@code
 * column}: its url's): a text of the same file links to it with {@code [text][label]}, {@code [label][]} or
 * {@code [label]}.
 */
public record LinkDefinition(int line, int column, String label, String url, String markdown) {

    /** The label as links match it (CommonMark): case and runs of whitespace do not count. */
    public String key() {
        return key(label);
    }

    public static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
