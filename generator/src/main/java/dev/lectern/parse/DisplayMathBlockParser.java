package dev.lectern.parse;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Parses display math: a line starting with {@code $$}, up to the line ending with {@code $$}
 * (the same line for {@code $$ x^2 $$}), or up to a blank line, where TeX ends display math too.
 */
final class DisplayMathBlockParser extends AbstractBlockParser {
    private static final String FENCE = "$$";

    private final DisplayMathBlock block = new DisplayMathBlock();
    private final BasedSequence firstLine;
    private BasedSequence lastLine;

    private DisplayMathBlockParser(BasedSequence firstLine) {
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
        if (trimmed.endsWith(FENCE)) {
            block.append(trimmed.substring(0, trimmed.length() - FENCE.length()));
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
            super(StartFactory::new);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            if (!startsWithDollar(line, state.getNextNonSpaceIndex())) {
                return BlockStart.none(); // most lines: decided without copying the line
            }
            String rest = line.subSequence(state.getNextNonSpaceIndex()).trimEOL().toString().strip();
            if (!rest.startsWith(FENCE)) {
                return BlockStart.none();
            }
            DisplayMathBlockParser parser = new DisplayMathBlockParser(line);
            String afterFence = rest.substring(FENCE.length());
            if (afterFence.strip().endsWith(FENCE)) {
                String body = afterFence.strip();
                parser.block.append(body.substring(0, body.length() - FENCE.length()));
                parser.block.setClosed();
            } else if (!afterFence.isBlank()) {
                parser.block.append(afterFence);
            }
            return BlockStart.of(parser).atIndex(line.length());
        }

        private static boolean startsWithDollar(BasedSequence line, int from) {
            for (int i = from; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!Character.isWhitespace(c)) {
                    return c == '$';
                }
            }
            return false;
        }
    }
}
