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
                if (first != '#' && !isUnderline(line, at)) {
                    return BlockStart.none();
                }
                return starts.tryStart(state, matchedBlockParser);
            }
        };
    }

    /**
     * A run of {@code =} or of {@code -} from {@code at}, then only spaces and tabs up to where
     * Flexmark's {@code [ \t]*$} can end: the end, or one line terminator before it. By hand: every list
     * item line is asked, and as a pattern this cost 29-46 ms of CPU against 4-6 ms in a fresh 100-lesson
     * build.
     */
    private static boolean isUnderline(BasedSequence line, int at) {
        char mark = line.charAt(at);
        int i = at;
        while (i < line.length() && line.charAt(i) == mark) {
            i++;
        }
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        int rest = line.length() - i;
        return (mark == '=' || mark == '-') && (rest == 0 || rest == 1 && "\n\r\u0085\u2028\u2029".indexOf(line.charAt(i)) >= 0
                || rest == 2 && line.charAt(i) == '\r' && line.charAt(i + 1) == '\n');
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
