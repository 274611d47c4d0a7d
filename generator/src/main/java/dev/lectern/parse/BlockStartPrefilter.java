package dev.lectern.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.internal.BlockStartImpl;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * Flexmark's block-start factories, in Flexmark's own order, behind one factory that skips those
 * that cannot start a block on the line. Flexmark asks every factory on every line that does not
 * start with a letter (list items, table rows, bold text), and several answer with a regex search
 * over the whole line; here a look at the first characters rules most of them out.
 *
 * <p>Each skip is exact: a factory is skipped only where its {@code tryStart} would return none
 * (see {@link StartKind}), so the first factory that starts a block is the one Flexmark would find.
 * Lines indented as code, and factories we do not know, are always asked. The only factory with a
 * side effect when it declines, the list factory, comes last but for indented code, which cannot
 * start on a line indented less than code; so skipping it never changes a later answer.
 */
final class BlockStartPrefilter extends BlockFactory {
    private final List<CustomBlockParserFactory> factories;

    /** @param factories in the order Flexmark would try them */
    BlockStartPrefilter(List<CustomBlockParserFactory> factories) {
        super(options -> new Starts(options, factories));
        this.factories = List.copyOf(factories);
    }

    List<CustomBlockParserFactory> factories() {
        return factories;
    }

    private static final class Starts extends AbstractBlockParserFactory {
        private final BlockParserFactory[] starts;
        private final StartKind[] kinds;
        private final String listMarkers;

        Starts(DataHolder options, List<CustomBlockParserFactory> factories) {
            super(options);
            this.starts = factories.stream().map(factory -> factory.apply(options)).toArray(BlockParserFactory[]::new);
            this.kinds = factories.stream().map(StartKind::of).toArray(StartKind[]::new);
            this.listMarkers = Parser.LISTS_ITEM_PREFIX_CHARS.get(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            BlockParser matched = matchedBlockParser.getBlockParser();
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            // Flexmark asks matched.canInterruptBy(this) first; no parser refuses this factory
            // while accepting one of those it holds, so asking again per factory is exact.
            boolean filter = state.getIndent() < state.getParsing().CODE_BLOCK_INDENT && at < line.length();
            for (int i = 0; i < starts.length; i++) {
                if (filter && !kinds[i].mayStart(line, at, listMarkers)) {
                    continue;
                }
                if (matched.canInterruptBy(starts[i])) {
                    BlockStart start = starts[i].tryStart(state, matchedBlockParser);
                    if (start instanceof BlockStartImpl) { // what Flexmark takes for a start
                        return start;
                    }
                }
            }
            return BlockStart.none();
        }
    }
}
