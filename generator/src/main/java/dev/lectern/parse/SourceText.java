package dev.lectern.parse;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The text of a part of the parsed source. Flexmark's {@code toString} copies a sequence one
 * character at a time through its layers; nearly every node's text is one stretch of the source,
 * which is cut out of the source string at once instead.
 */
final class SourceText {
    private SourceText() {
    }

    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof BudgetedText source) {
            return source.toString().substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    /** {@code of(chars).strip()}, cut in one piece. */
    static String stripped(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof BudgetedText source) {
            String text = source.toString();
            int start = chars.getStartOffset();
            int end = chars.getEndOffset();
            // String.strip tests code points; every whitespace code point is a single char
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(start, end);
        }
        return chars.toString().strip();
    }
}
