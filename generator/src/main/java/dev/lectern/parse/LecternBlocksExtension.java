package dev.lectern.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.List;

/**
 * Adds Lectern's block syntax to Flexmark: {@code :::} directives and {@code $$} display math; and
 * puts every block-start factory, Flexmark's and ours, behind a {@link BlockStartPrefilter}.
 */
public final class LecternBlocksExtension implements Parser.ParserExtension {
    /** Flexmark's own block-start factories, each switched on by one of these. */
    private static final List<DataKey<Boolean>> CORE_FACTORIES = List.of(Parser.BLOCK_QUOTE_PARSER,
            Parser.HEADING_PARSER, Parser.FENCED_CODE_BLOCK_PARSER, Parser.HTML_BLOCK_PARSER,
            Parser.THEMATIC_BREAK_PARSER, Parser.LIST_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER);

    private final boolean prefilter;

    private LecternBlocksExtension(boolean prefilter) {
        this.prefilter = prefilter;
    }

    public static LecternBlocksExtension create() {
        return new LecternBlocksExtension(true);
    }

    /** Our blocks with Flexmark's factories asked as Flexmark asks them: what the prefilter must match. */
    static LecternBlocksExtension unfiltered() {
        return new LecternBlocksExtension(false);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        List<CustomBlockParserFactory> ours = List.of(new DirectiveBlockParser.Factory(),
                new DisplayMathBlockParser.Factory());
        if (!prefilter) {
            ours.forEach(builder::customBlockParserFactory);
            return;
        }
        // Flexmark's order for all factories; then the core ones are switched off and asked from
        // inside the prefilter instead (their escaping handlers kept, in the same order).
        DataHolder options = builder.toImmutable(); // reading a builder would store defaults in it
        List<CustomBlockParserFactory> all = DocumentParser.calculateBlockParserFactories(options, ours);
        for (CustomBlockParserFactory factory : all) {
            SpecialLeadInHandler handler = factory.getLeadInHandler(options);
            if (handler != null) {
                builder.specialLeadInHandler(handler);
            }
        }
        CORE_FACTORIES.forEach(key -> builder.set(key, false));
        builder.customBlockParserFactory(new BlockStartPrefilter(all));
    }
}
