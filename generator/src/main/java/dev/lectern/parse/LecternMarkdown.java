package dev.lectern.parse;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The Flexmark parser as Lectern configures it: GFM tables, task lists, strikethrough, and our
 * blocks (directives and display math). One instance is shared; Flexmark parsers are thread-safe.
 * The model keeps inline Markdown as text, which the renderer parses: here paragraphs are kept as
 * text ({@link ProseParagraphs}), within the {@link InlineBudget} the renderer's parse relies on.
 */
public final class LecternMarkdown {
    private final Parser parser;

    public LecternMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), new LecternBlocksExtension()));
        // Every model element asks for its line: without tracked lines Flexmark counts them from the
        // start each time, which is quadratic on big files.
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        // GFM tables: rows may be short or long; the header decides the columns.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        parser = Parser.builder(options).build();
    }

    public Document parse(String text) {
        return parser.parse(SourceSequence.of(text));
    }
}
