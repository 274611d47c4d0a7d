package dev.lectern.parse;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Parses display math: a line starting with {@code $$}, up to the line ending with {@code $$}
 * (the same line for {@code $$ x^2 $$}), or up to a blank line, where TeX ends display math too.
 * LaTeX's {@code \[ ... \]}, which MkDocs' arithmatex and pandoc read, is display math the same way;
 * but {@code \[} is also Markdown's escaped bracket, so it opens math only where a line ending in
 * {@code \]} closes it before the next blank line, or alone on its line.
 */
final class DisplayMathBlockParser extends AbstractBlockParser {
    private static final String DOLLARS = "$$";
    private static final String OPEN_BRACKET = "\\[";
    private static final String CLOSE_BRACKET = "\\]";
    /** How far a {@code \[} looks for its {@code \]}: no formula is longer, and lines of {@code \[x} stay linear. */
    private static final int MAX_FORMULA_LINES = 64;

    private final DisplayMathBlock block;
    private final String closing;
    private final BasedSequence firstLine;
    private BasedSequence lastLine;

    private DisplayMathBlockParser(BasedSequence firstLine, String opening, String closing) {
        this.block = new DisplayMathBlock(opening, closing);
        this.closing = closing;
        this.firstLine = firstLine;
        this.lastLine = firstLine;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (block.isClosed() || state.isBlank()) {
            return BlockContinue.none(); // a blank line ends a formula, as in TeX: an unclosed '$$' takes no more
        }
        lastLine = state.getLine();
        String line = state.getLine().subSequence(state.getIndex()).trimEOL().toString();
        String trimmed = line.strip();
        if (trimmed.endsWith(closing)) {
            block.append(trimmed.substring(0, trimmed.length() - closing.length()));
            block.setClosed();
            return BlockContinue.finished();
        }
        block.append(line);
        return BlockContinue.atIndex(state.getLineEndIndex());
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setChars(firstLine.baseSubSequence(firstLine.getStartOffset(), lastLine.trimEOL().getEndOffset()));
    }

    /** Registers display math with Flexmark. */
    static final class Factory extends BlockFactory {
        Factory() {
            super(DisplayMathBlockParser::start);
        }
    }

    /** What a line indented less than four columns starts: a block of this kind, or none. */
    private static BlockStart start(ParserState state) {
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        char first = at < line.length() ? line.charAt(at) : ' ';
        if (first != '$' && first != '\\') {
            return BlockStart.none(); // most lines: decided without copying the line
        }
        String rest = line.subSequence(at).trimEOL().toString().strip();
        String opening = rest.startsWith(DOLLARS) ? DOLLARS : rest.startsWith(OPEN_BRACKET) ? OPEN_BRACKET : null;
        if (opening == null || opening.equals(OPEN_BRACKET) && !rest.equals(OPEN_BRACKET)
                && !closedBeforeBlankLine(line, rest)) {
            return BlockStart.none();
        }
        String closing = opening.equals(DOLLARS) ? DOLLARS : CLOSE_BRACKET;
        DisplayMathBlockParser parser = new DisplayMathBlockParser(line, opening, closing);
        String afterFence = rest.substring(opening.length());
        if (afterFence.strip().endsWith(closing)) {
            String body = afterFence.strip();
            parser.block.append(body.substring(0, body.length() - closing.length()));
            parser.block.setClosed();
        } else if (!afterFence.isBlank()) {
            parser.block.append(afterFence);
        }
        return BlockStart.of(parser).atIndex(line.length());
    }

    /** Whether this line, or one soon after it before a blank line, ends with {@code \]}. */
    private static boolean closedBeforeBlankLine(BasedSequence line, String rest) {
        if (rest.length() > OPEN_BRACKET.length() && rest.endsWith(CLOSE_BRACKET)) {
            return true;
        }
        BasedSequence text = line.getBaseSequence();
        int start = text.indexOf('\n', line.getStartOffset()) + 1; // 0: the last line
        for (int looked = 0; start > 0 && start < text.length() && looked < MAX_FORMULA_LINES; looked++) {
            int end = text.indexOf('\n', start);
            String next = text.subSequence(start, end < 0 ? text.length() : end).toString().strip();
            if (next.isEmpty()) {
                return false;
            }
            if (next.endsWith(CLOSE_BRACKET)) {
                return true;
            }
            start = end < 0 ? text.length() : end + 1;
        }
        return false;
    }
}
