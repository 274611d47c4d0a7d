package dev.lectern.render;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Recognises TeX between dollars, with pandoc's rule so prices stay prose: an opening {@code $}
 * is followed by a non-space, a closing {@code $} is preceded by a non-space and not followed by a
 * digit ({@code $5 and $6} is text). {@code $$...$$} is display math. {@code \$} never reaches
 * here: Markdown's backslash escape turns it into a literal dollar first.
 */
final class DollarMathParser implements InlineParserExtension {

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (start + 1 < input.length() && input.charAt(start + 1) == '$') {
            return parseDisplay(parser, input, start);
        }
        int end = closingDollar(input, start);
        if (end < 0) {
            return false;
        }
        append(parser, input, start, end + 1, input.subSequence(start + 1, end).toString(), false);
        return true;
    }

    private static boolean parseDisplay(LightInlineParser parser, BasedSequence input, int start) {
        int end = indexOfDoubleDollar(input, start + 2);
        String tex = end < 0 ? "" : input.subSequence(start + 2, end).toString();
        if (tex.isBlank()) {
            // An unclosed or empty $$ is text; consume both so the second $ does not open inline math.
            parser.appendText(input.subSequence(start, start + 2));
            parser.setIndex(start + 2);
            return true;
        }
        append(parser, input, start, end + 2, tex.strip(), true);
        return true;
    }

    private static void append(LightInlineParser parser, BasedSequence input, int start, int end, String tex,
                               boolean display) {
        parser.flushTextNode();
        parser.getBlock().appendChild(new MathNode(input.subSequence(start, end), tex, display));
        parser.setIndex(end);
    }

    /** The index of the closing dollar of inline math opening at {@code start}, or -1. */
    private static int closingDollar(BasedSequence input, int start) {
        int first = start + 1;
        if (first >= input.length() || Character.isWhitespace(input.charAt(first))) {
            return -1;
        }
        for (int i = first; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$' && i > first && !Character.isWhitespace(input.charAt(i - 1))
                    && !(i + 1 < input.length() && Character.isDigit(input.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfDoubleDollar(BasedSequence input, int from) {
        for (int i = from; i + 1 < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$' && input.charAt(i + 1) == '$') {
                return i;
            }
        }
        return -1;
    }

    /** Registers the parser for the {@code $} character. */
    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new DollarMathParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
