package dev.lectern.parse;

import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.function.Function;
import org.jetbrains.annotations.NotNull;

/**
 * Registers one of our block parsers with Flexmark, with no ordering constraints on others.
 * Flexmark tells registrations apart by class, so each parser has its own subclass.
 */
abstract class BlockFactory implements CustomBlockParserFactory, Unordered {
    private final Function<ParserState, BlockStart> start;

    /** @param start what a line indented less than four columns starts: the parser's block, or {@link BlockStart#none()} */
    protected BlockFactory(Function<ParserState, BlockStart> start) {
        this.start = start;
    }

    @Override
    public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
        return new AbstractBlockParserFactory(options) {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
                // indented four columns, a line is indented code, never a block of ours
                return state.getIndent() >= 4 ? BlockStart.none() : start.apply(state);
            }
        };
    }
}
