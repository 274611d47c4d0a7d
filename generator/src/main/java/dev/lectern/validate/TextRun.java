package dev.lectern.validate;

import dev.lectern.model.Inline;
import java.util.regex.Pattern;

/** A run of inline Markdown as the model keeps it, with where each of its characters is in the source. */
record TextRun(Inline text) {
    /** A run of backticks, then the text up to the next run of exactly as many (CommonMark's code span). */
    private static final Pattern CODE_SPAN = Pattern.compile("(?<!`)(`+)(?!`).*?(?<!`)\\1(?!`)", Pattern.DOTALL);

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
        return CODE_SPAN.matcher(markdown()).replaceAll(span -> span.group().replaceAll("[^\n]", "\0"));
    }
}
