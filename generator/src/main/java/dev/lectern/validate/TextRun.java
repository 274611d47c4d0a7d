package dev.lectern.validate;

/**
 * A run of inline Markdown as the model keeps it, with where it starts in the source:
 * {@code column} is the 1-based source column of the run's lines (a list item's continuation lines
 * start at the item's content column, like its first), or 0 when the model cannot tell, as for the
 * title of a component written in prose.
 */
record TextRun(String markdown, int line, int column) {
    private static final char BLANK = '\u0000';

    /** Where a character of the run is: its line, and its column (0 when unknown). */
    record Position(int line, int column) {
    }

    Position position(int index) {
        int lineStart = markdown.lastIndexOf('\n', index - 1) + 1;
        int lines = (int) markdown.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        return new Position(line + lines, column == 0 ? 0 : column + index - lineStart);
    }

    /**
     * The text with code spans blanked out by NUL characters (same length, lines kept), so nothing inside
     * them is taken for prose or a link, and no blank takes part in a match (as a space would in {@code " — "}).
     */
    String withoutCode() {
        if (markdown.indexOf('`') < 0) {
            return markdown; // no code span: nothing to blank
        }
        StringBuilder out = new StringBuilder(markdown);
        int i = 0;
        while (i < markdown.length()) {
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
        while (end < markdown.length() && markdown.charAt(end) == '`') {
            end++;
        }
        return end - at;
    }

    /** Where the next run of exactly {@code length} backticks starts, from {@code from}; -1 when none. */
    private int closing(int from, int length) {
        int i = from;
        while (i < markdown.length()) {
            int run = backticks(i);
            if (run == length) {
                return i;
            }
            i += Math.max(run, 1);
        }
        return -1;
    }
}
