package dev.lectern.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A run of inline Markdown as the author wrote it (with mojibake repaired), and where it is: its first
 * line; the 1-based column of its first character (in UTF-16 units, a tab one, as editors go to a
 * column); and {@code indent}, the column its later lines start at as the text holds them (after the
 * markers of a list item or quote, which the text leaves out; 1 where it keeps a line whole). Both
 * are 0 where the reader cannot tell (text cut out of a longer line by a pattern). Rendering to
 * HTML happens later, so the model stays independent of any output format.
 */
public record Inline(String markdown, int line, int column, int indent) {
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}]+");

    /** Text whose column the reader cannot tell. */
    public Inline(String markdown, int line) {
        this(markdown, line, 0, 0);
    }

    public static Inline empty(int line) {
        return new Inline("", line);
    }

    /** The source column of the character at {@code index}, on the line {@link #lineAt} gives; 0 when unknown. */
    public int columnAt(int index) {
        int lineStart = markdown.lastIndexOf('\n', index - 1) + 1;
        int start = lineStart == 0 ? column : indent;
        return start == 0 ? 0 : start + index - lineStart;
    }

    /** The text from {@code from} to {@code to}, stripped, with where it is in the source. */
    public Inline slice(int from, int to) {
        String part = markdown.substring(from, to);
        String stripped = part.strip();
        return at(stripped, from + part.indexOf(stripped));
    }

    /** {@code text} (read from this text, perhaps rewritten) placed where this text's character at {@code index} is. */
    public Inline at(String text, int index) {
        return new Inline(text, lineAt(index), columnAt(index), indent);
    }

    /** The source line of the character at {@code index}. */
    public int lineAt(int index) {
        int lines = 0;
        for (int i = markdown.indexOf('\n'); i >= 0 && i < index; i = markdown.indexOf('\n', i + 1)) {
            lines++;
        }
        return line + lines;
    }

    public boolean isBlank() {
        return markdown.isBlank();
    }

    /**
     * Whether the character at {@code index} is a {@code *} between two factors, as plain-text formulas
     * write multiplication ({@code t*epsilon}, {@code (1-t)*x_0}): a star with a letter, digit or closing
     * bracket before it and a letter, digit or opening bracket after it.
     * Two such stars are not emphasis, though CommonMark reads them as such ({@code *x_0 + t*}).
     */
    public static boolean isTimes(CharSequence text, int index) {
        return index > 0 && index + 1 < text.length() && text.charAt(index) == '*'
                && factorEnd(text.charAt(index - 1)) && factorStart(text.charAt(index + 1));
    }

    private static boolean factorEnd(char c) {
        return Character.isLetterOrDigit(c) || c == ')' || c == ']' || c == '}';
    }

    private static boolean factorStart(char c) {
        return Character.isLetterOrDigit(c) || c == '(' || c == '[' || c == '{';
    }

    /**
     * The text without Markdown emphasis, code marks or link targets, for titles and JSON: each
     * {@code [text](target)} becomes its text, every {@code *} but those between factors ({@link #isTimes})
     * and every {@code `} goes, and so does each pair of underscores ({@code __}, counted from the left of a run). A hand scan: this runs for
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
            } else if (c != '*' && c != '`' || isTimes(text, i)) {
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
