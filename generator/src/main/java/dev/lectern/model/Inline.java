package dev.lectern.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A run of inline Markdown as the author wrote it (with mojibake repaired), and its first line.
 * Rendering to HTML happens later, so the model stays independent of any output format.
 */
public record Inline(String markdown, int line) {
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}]+");

    public static Inline empty(int line) {
        return new Inline("", line);
    }

    public boolean isBlank() {
        return markdown.isBlank();
    }

    /**
     * The text without Markdown emphasis, code marks or link targets, for titles and JSON: each
     * {@code [text](target)} becomes its text, every {@code *} and {@code `} goes, and so does each
     * pair of underscores ({@code __}, counted from the left of a run). A hand scan: this runs for
     * every table cell of every lesson, and as regular expressions it was a build's hot spot.
     */
    public String plain() {
        if (!hasMarks(markdown)) {
            return markdown.strip();
        }
        return withoutEmphasis(withoutLinkTargets(markdown)).strip();
    }

    /**
     * The text as a heading names a thing, for matching it: plain, lower case, no-break spaces as spaces,
     * without a leading number, emoji or mark ({@code 4. Lesson Outline}, {@code 🔍 Phase 2}: authors number
     * and decorate headings).
     */
    public String name() {
        return LEADING_MARKS.matcher(plain().replace('\u00a0', ' ')).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    /**
     * {@code [text](target)} and {@code [text][label]} as {@code text}; the text stops at the first {@code ]}, the
     * target at the first {@code )}, the label at the next {@code ]}.
     */
    private static String withoutLinkTargets(String text) {
        StringBuilder out = null;
        int copied = 0;
        int open = text.indexOf('[');
        while (open >= 0) {
            int close = text.indexOf(']', open + 1);
            char after = close >= 0 && close + 1 < text.length() ? text.charAt(close + 1) : ' ';
            int targetEnd = after == '(' ? text.indexOf(')', close + 2) : after == '[' ? text.indexOf(']', close + 2) : -1;
            if (targetEnd < 0) {
                open = text.indexOf('[', open + 1);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, open).append(text, open + 1, close);
            copied = targetEnd + 1;
            open = text.indexOf('[', copied);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String withoutEmphasis(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length() && text.charAt(i + 1) == '_') {
                i++;
            } else if (c != '*' && c != '`') {
                out.append(c);
            }
        }
        return out.toString();
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
