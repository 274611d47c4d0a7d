package dev.lectern.render;

import dev.lectern.model.Inline;
import java.util.Optional;

/**
 * A line of the outline written in the lesson's own voice, as a quotation:
 * {@code "This is the second lesson in Module 7.3 ..."}. The student page shows the text itself,
 * without the quotation marks around it (quotes inside it stay); the spec keeps it as written.
 * <p>
 * Only a text that is one quotation from its first character to its last counts: {@code "A" and "B"}
 * and {@code "A" -- then B} are left as they are. Curly quotes pair by their shape; a straight quote
 * opens when it follows a space or an opening bracket (or starts the text) and is followed by a
 * non-space, and otherwise closes, so {@code "He said "stop" twice"} is one quotation.
 */
final class QuotedLine {
    private QuotedLine() {
    }

    /** The text inside the quotation marks when {@code text} is entirely one quotation; otherwise nothing. */
    static Optional<Inline> unquoted(Inline text) {
        String markdown = text.markdown().strip();
        int last = markdown.length() - 1;
        if (last < 2 || !opens(markdown, 0) || !isQuote(markdown.charAt(last)) || opens(markdown, last)) {
            return Optional.empty();
        }
        int depth = 1;
        for (int i = 1; i < last; i++) {
            char c = markdown.charAt(i);
            if (c == '\\') {
                i++; // an escaped character is literal
            } else if (isQuote(c)) {
                depth += opens(markdown, i) ? 1 : -1;
                if (depth == 0) {
                    return Optional.empty(); // the first quotation ends before the text does
                }
            }
        }
        String inner = markdown.substring(1, last);
        int start = text.markdown().indexOf(markdown);
        return depth == 1 && !inner.isBlank() ? Optional.of(text.slice(start + 1, start + last)) : Optional.empty();
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }

    /** Whether the quote at {@code i} opens a quotation. */
    private static boolean opens(String text, int i) {
        char c = text.charAt(i);
        if (c != '"') {
            return c == '\u201C';
        }
        boolean afterBreak = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014\u2013-/".indexOf(text.charAt(i - 1)) >= 0;
        boolean beforeWord = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return afterBreak && beforeWord;
    }
}
