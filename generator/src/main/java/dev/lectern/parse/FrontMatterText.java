package dev.lectern.parse;

import java.util.Optional;

/**
 * A lesson file's text with its front matter cut off. Flexmark would read the fences as rules and
 * the YAML as a setext heading, so the front matter is replaced by as many blank lines: every line
 * of {@code body} stays where it is in the file. Without front matter, {@code body} is the text.
 */
record FrontMatterText(Optional<FrontMatter> frontMatter, String body) {
    private static final String FENCE = "---";

    static FrontMatterText split(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd)) {
            return new FrontMatterText(Optional.empty(), text);
        }
        int start = firstEnd + 1;
        int line = FrontMatter.FIRST_LINE;
        while (firstEnd < text.length()) {
            int end = lineEnd(text, start);
            if (isFence(text, start, end)) {
                String rest = text.substring(end);
                return new FrontMatterText(Optional.of(new FrontMatter(text.substring(firstEnd + 1, start))),
                        "\n".repeat(line - 1) + rest);
            }
            if (end == text.length()) {
                break;
            }
            start = end + 1;
            line++;
        }
        // no closing fence: a thematic break, as before
        return new FrontMatterText(Optional.empty(), text);
    }

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    private static boolean isFence(String text, int start, int end) {
        return text.substring(start, end).stripTrailing().equals(FENCE);
    }
}
