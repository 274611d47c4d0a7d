package dev.lectern.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Adds Lectern's block syntax to Flexmark: {@code :::} directives and {@code $$} display math. */
public final class LecternBlocksExtension implements Parser.ParserExtension {

    private LecternBlocksExtension() {
    }

    public static LecternBlocksExtension create() {
        return new LecternBlocksExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new DirectiveBlockParser.Factory());
        builder.customBlockParserFactory(new DisplayMathBlockParser.Factory());
    }
}
