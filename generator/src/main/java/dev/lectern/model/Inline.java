package dev.lectern.model;

import java.util.regex.Pattern;

/**
 * A run of inline Markdown as the author wrote it (with mojibake repaired), and its first line.
 * Rendering to HTML happens later, so the model stays independent of any output format.
 */
public record Inline(String markdown, int line) {
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

    public static Inline empty(int line) {
        return new Inline("", line);
    }

    public boolean isBlank() {
        return markdown.isBlank();
    }

    /** The text without Markdown emphasis, code marks or link targets, for titles and JSON. */
    public String plain() {
        if (!hasMarks(markdown)) {
            return markdown.strip(); // most text: skip the patterns, which are a build's hot spot
        }
        String text = LINK.matcher(markdown).replaceAll("$1");
        return EMPHASIS.matcher(text).replaceAll("").strip();
    }

    private static boolean hasMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '`' || c == '[') {
                return true;
            }
        }
        return false;
    }
}
