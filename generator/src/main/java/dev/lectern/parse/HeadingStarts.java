package dev.lectern.parse;

import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flexmark's heading parser, asked only on lines that can hold a heading. Flexmark's own factory
 * gathers the open paragraph's text on every line it is asked about, before it looks at the line,
 * so a paragraph or table of n lines that do not start with a letter cost n² (a 20,000-row table:
 * minutes). A heading line starts, after its indentation, with {@code #} (ATX) or is an underline
 * of {@code =} or {@code -} (setext); on any other line Flexmark's factory declines, so skipping
 * it there changes nothing. Registered in place of Flexmark's ({@code HEADING_PARSER} off), with
 * its dependencies.
 */
final class HeadingStarts implements CustomBlockParserFactory {
    /** A setext underline from its first mark: a run of {@code =} or of {@code -}, spaces and tabs, its line break. */
    private static final Pattern UNDERLINE = Pattern.compile("(?:=+|-+)[ \\t]*$");

    private final HeadingParser.Factory headings = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory starts = headings.apply(options);
        return new AbstractBlockParserFactory(options) {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
                BasedSequence line = state.getLine();
                int at = state.getNextNonSpaceIndex();
                if (at >= line.length()) {
                    return BlockStart.none();
                }
                char first = line.charAt(at);
                boolean underline = (first == '=' || first == '-')
                        && UNDERLINE.matcher(line).region(at, line.length()).lookingAt();
                if (first != '#' && !underline) {
                    return BlockStart.none();
                }
                return starts.tryStart(state, matchedBlockParser);
            }
        };
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return headings.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return headings.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return headings.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return headings.affectsGlobalScope();
    }
}
