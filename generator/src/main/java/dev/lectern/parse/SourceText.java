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
}
