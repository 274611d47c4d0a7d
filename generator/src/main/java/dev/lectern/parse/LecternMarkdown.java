package dev.lectern.parse;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * The Flexmark parser as Lectern configures it: GFM tables, task lists, strikethrough, and our
 * blocks (directives and display math), each line offered only to the block starts that can take
 * it ({@link BlockStartPrefilter}). One instance is shared; Flexmark parsers are thread-safe.
 *
 * <p>The model keeps inline Markdown as text, yet inlines are still parsed here: that parse runs
 * under {@link GuardedParsing}'s time budget, so a file with pathological inline syntax is left out
 * at load instead of hanging the renderer, which parses the same text again without a budget.
 */
public final class LecternMarkdown {
    private final Parser parser;

    public LecternMarkdown() {
        this(LecternBlocksExtension.create());
    }

    private LecternMarkdown(LecternBlocksExtension blocks) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), blocks));
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

    /** The same syntax with every block start asked on every line, as Flexmark does: for tests. */
    static LecternMarkdown asFlexmarkParses() {
        return new LecternMarkdown(LecternBlocksExtension.unfiltered());
    }

    public Document parse(CharSequence text) {
        return parser.parse(BasedSequence.of(text));
    }
}
