package dev.lectern.validate;

import dev.lectern.model.Inline;

/** A run of inline Markdown as the model keeps it, with where each of its characters is in the source. */
record TextRun(Inline text) {
    private static final char BLANK = '\u0000';

    /** Where a character of the run is: its line, and its column (0 when unknown). */
    record Position(int line, int column) {
    }

    Position position(int index) {
        return new Position(text.lineAt(index), text.columnAt(index));
    }

    String markdown() {
        return text.markdown();
    }

    /**
     * The text with code spans blanked out by NUL characters (same length, lines kept), so nothing inside
     * them is taken for prose or a link, and no blank takes part in a match (as a space would in {@code " — "}).
     */
    String withoutCode() {
        if (markdown().indexOf('`') < 0) {
            return markdown(); // no code span: nothing to blank
        }
        StringBuilder out = new StringBuilder(markdown());
        int i = 0;
        while (i < markdown().length()) {
            int length = backticks(i);
            if (length == 0) {
                i++;
                continue;
            }
            int close = closing(i + length, length);
            if (close < 0) {
                i += length;
                continue;
            }
            for (int k = i; k < close + length; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, BLANK);
                }
            }
            i = close + length;
        }
        return out.toString();
    }

    /** The length of the backtick run at {@code at}. */
    private int backticks(int at) {
        int end = at;
        while (end < markdown().length() && markdown().charAt(end) == '`') {
            end++;
        }
        return end - at;
    }

    /** Where the next run of exactly {@code length} backticks starts, from {@code from}; -1 when none. */
    private int closing(int from, int length) {
        int i = from;
        while (i < markdown().length()) {
            int run = backticks(i);
            if (run == length) {
                return i;
            }
            i += Math.max(run, 1);
        }
        return -1;
    }
}
