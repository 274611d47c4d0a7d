package dev.lectern.parse;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the directive container: an opening line of three or more colons, a name and optional
 * {@code {attributes}}; a closing line of at least as many colons and nothing else. A directive
 * nested in another uses a shorter fence than its parent ({@code ::::card-grid} around
 * {@code :::gradient-card}), because the parent sees every line first. MkDocs' admonitions are
 * directives too: {@code !!! tip "Title"} (or {@code ???}, {@code ???+} for collapsible ones), the
 * body the lines indented by four columns under it, as python-markdown reads them.
 */
final class DirectiveBlockParser extends AbstractBlockParser {
    /** The fence, the name, a title after it ({@code :::tip[Title]} or {@code :::tip Title}, as other tools write), the attributes. */
    private static final Pattern OPENING = Pattern.compile(
            "^(:{3,})[ \\t]*([A-Za-z][A-Za-z0-9-]*)(?:\\[([^\\]]*)]|[ \\t]+([^{\\s][^{]*?))?[ \\t]*(\\{.*})?[ \\t]*$");
    private static final Pattern CLOSING = Pattern.compile("^(:{3,})[ \\t]*$");
    /** The marker, the type, then MkDocs' modifiers ({@code inline end}) and a quoted title, or words a title. */
    private static final Pattern ADMONITION = Pattern.compile(
            "^(!!!|\\?\\?\\?\\+?)[ \\t]*([A-Za-z][A-Za-z0-9-]*)(?:[ \\t]+(?:inline|end))*(?:[ \\t]+(?:\"([^\"]*)\"|(\\S.*?)))?[ \\t]*$");
    /** An admonition's body is indented by this many columns under its opening line. */
    private static final int ADMONITION_INDENT = 4;

    private final DirectiveBlock block = new DirectiveBlock();
    /** The colons of the fence; 0 for an admonition, which its indentation closes. */
    private final int fenceLength;

    private DirectiveBlockParser(int fenceLength) {
        this.fenceLength = fenceLength;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (fenceLength == 0) { // an admonition: blank lines and lines indented under it
            if (state.isBlank()) {
                return BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            return state.getIndent() >= ADMONITION_INDENT ? BlockContinue.atColumn(state.getColumn() + ADMONITION_INDENT)
                    : BlockContinue.none();
        }
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        // A closing fence starts with ':'; other lines skip the pattern (most of a directive's lines).
        if (state.getIndent() < 4 && at < line.length() && line.charAt(at) == ':') {
            BasedSequence rest = line.subSequence(at);
            Matcher closing = CLOSING.matcher(rest.trimEOL());
            if (closing.matches() && closing.group(1).length() >= fenceLength) {
                // Flexmark only finishes the innermost open block, so a container ends by not
                // continuing; the fence line then becomes a DirectiveFence node.
                block.setClosed(true);
                return BlockContinue.none();
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setCharsFromContent();
    }

    /** Swallows a closing fence line into a {@link DirectiveFence} node. */
    private static final class FenceParser extends AbstractBlockParser {
        private final DirectiveFence fence = new DirectiveFence();

        FenceParser(BasedSequence chars) {
            fence.setChars(chars);
        }

        @Override
        public Block getBlock() {
            return fence;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
        }
    }

    /** Registers directive blocks with Flexmark. */
    static final class Factory extends BlockFactory {
        Factory() {
            super(DirectiveBlockParser::start);
        }
    }

    private static BasedSequence segment(BasedSequence line, Matcher matcher, int group) {
        return matcher.group(group) == null ? BasedSequence.NULL : line.subSequence(matcher.start(group), matcher.end(group));
    }

    /** What a line indented less than four columns starts: a block of this kind, or none. */
    private static BlockStart start(ParserState state) {
        BasedSequence line = state.getLine();
        int start = state.getNextNonSpaceIndex();
        char first = start < line.length() ? line.charAt(start) : ' ';
        if (first == '!' || first == '?') {
            return admonition(line, line.subSequence(start).trimEOL());
        }
        if (first != ':') {
            return BlockStart.none(); // most lines: decided without the patterns
        }
        BasedSequence rest = line.subSequence(start).trimEOL();
        if (CLOSING.matcher(rest).matches()) {
            return BlockStart.of(new FenceParser(rest)).atIndex(line.length());
        }
        Matcher opening = OPENING.matcher(rest);
        if (!opening.matches()) {
            return BlockStart.none();
        }
        DirectiveBlockParser parser = new DirectiveBlockParser(opening.group(1).length());
        int label = opening.group(3) != null ? 3 : 4;
        parser.block.setOpening(segment(rest, opening, 1), segment(rest, opening, 2), segment(rest, opening, label),
                segment(rest, opening, 5));
        return BlockStart.of(parser).atIndex(line.length());
    }

    /**
     * An admonition; of a type that is no callout only with a quoted title or none, so that a
     * paragraph such as {@code !!! This matters} stays text.
     */
    private static BlockStart admonition(BasedSequence line, BasedSequence rest) {
        Matcher opening = ADMONITION.matcher(rest);
        if (!opening.matches() || opening.group(4) != null && Vocabulary.callout(opening.group(2)).isEmpty()) {
            return BlockStart.none();
        }
        DirectiveBlockParser parser = new DirectiveBlockParser(0);
        int label = opening.group(3) != null ? 3 : 4;
        parser.block.setOpening(segment(rest, opening, 1), segment(rest, opening, 2), segment(rest, opening, label),
                BasedSequence.NULL);
        parser.block.setClosed(true); // its indentation ends it: nothing is left unclosed
        return BlockStart.of(parser).atIndex(line.length());
    }
}
