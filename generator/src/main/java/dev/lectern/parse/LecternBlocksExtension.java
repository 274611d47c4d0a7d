package dev.lectern.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Adds Lectern's block syntax to Flexmark, {@code :::} directives and {@code $$} display math; asks
 * for headings only where a line can start one ({@link HeadingStarts}); and keeps paragraphs as
 * text ({@link ProseParagraphs}).
 */
final class LecternBlocksExtension implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HEADING_PARSER, false); // replaced by HeadingStarts
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new DirectiveBlockParser.Factory());
        builder.customBlockParserFactory(new DisplayMathBlockParser.Factory());
        builder.customBlockParserFactory(new HeadingStarts());
        builder.paragraphPreProcessorFactory(new ProseParagraphs.OverBudget());
        builder.paragraphPreProcessorFactory(new ProseParagraphs.TextBeforeTable());
        builder.blockPreProcessorFactory(new ProseParagraphs.Remaining());
    }
}
