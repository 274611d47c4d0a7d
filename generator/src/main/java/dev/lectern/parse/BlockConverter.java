package dev.lectern.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.misc.CharPredicate;
import dev.lectern.model.Block;
import dev.lectern.model.CodeBlock;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.ListBlock;
import dev.lectern.model.ListItem;
import dev.lectern.model.MathBlock;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Quote;
import dev.lectern.model.RawHtml;
import dev.lectern.model.Rule;
import dev.lectern.model.ThematicBreak;
import dev.lectern.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts Flexmark block nodes into model blocks, keeping each one's source line. Directives become
 * components (through {@link DirectiveReader}); nesting deeper than {@link #MAX_DEPTH} is reported
 * and kept as text, so no later stage recurses without bound.
 */
final class BlockConverter {
    static final int MAX_DEPTH = 24;

    /** Two to six {@code #}s right before a letter, on a paragraph's first line ({@code #1} and {@code #tag} are text). */
    private static final Pattern HEADING_WITHOUT_SPACE = Pattern.compile("(#{2,6})(\\p{L}[^\\n]{0,60})");
    /** {@code \( ... \)} on one line; bounded, so a line of many {@code \(} is read in linear time. */
    private static final Pattern LATEX_INLINE_MATH = Pattern.compile("\\\\\\(([^\\n]{0,300}?)\\\\\\)");
    /** A TeX command or a braced sub- or superscript: TeX, not text in escaped parentheses. */
    private static final Pattern TEX = Pattern.compile("\\\\[A-Za-z]|[_^]\\{");

    private final FileReporter reporter;
    private final SourceLines lines;
    private final DirectiveReader directives;

    /** @param lines the lines of the parsed source, for each node's line */
    BlockConverter(FileReporter reporter, SourceLines lines) {
        this.reporter = reporter;
        this.lines = lines;
        this.directives = new DirectiveReader(reporter, this);
    }

    /** The model blocks for {@code first} and its following siblings, up to (not including) {@code end}. */
    List<Block> convertRange(Node first, Node end, int depth) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = first; node != null && node != end; node = node.getNext()) {
            convert(node, depth, blocks);
        }
        return blocks;
    }

    /** The children of a container; past {@link #MAX_DEPTH} they are kept as one paragraph of text. */
    List<Block> convertChildren(Node parent, int depth) {
        if (depth > MAX_DEPTH) {
            reporter.report(Rule.NESTING_TOO_DEEP, lineOf(parent), 1,
                    "content nested more than " + MAX_DEPTH + " levels deep is shown as plain text");
            return List.of(new Paragraph(new Inline(parent.getChildChars().toString().strip(), lineOf(parent))));
        }
        return convertRange(parent.getFirstChild(), null, depth);
    }

    /** The text (of one line) stripped, with the line and column of its first character (of its start when blank). */
    Inline inline(BasedSequence text) {
        String written = text.toString();
        String stripped = written.strip();
        int at = text.getStartOffset() + written.indexOf(stripped);
        int column = lines.column(at);
        return new Inline(stripped, lines.lineIndex(at) + 1, column, column);
    }

    /** The 1-based line where {@code node} starts (Flexmark's {@code getStartLineNumber() + 1}). */
    int lineOf(Node node) {
        return lines.lineIndex(node.getStartOffset()) + 1;
    }

    private void convert(Node node, int depth, List<Block> out) {
        if (node instanceof ProseBlock prose) {
            Paragraph paragraph = new Paragraph(prose(prose));
            reportHeadingWithoutSpace(paragraph.text());
            out.add(paragraph);
        } else if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
            out.add(new Heading(lineOf(node), heading.getLevel(), inline(heading.getText())));
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            out.add(list(node, depth));
        } else if (node instanceof FencedCodeBlock code && code.getInfo().toString().strip().equalsIgnoreCase("math")) {
            // GitHub's fence for display math
            Inline tex = inline(code.getContentChars());
            out.add(new MathBlock(lineOf(node), tex.markdown(), tex.markdown(), MathBlock.Origin.TEX, tex.line(),
                    tex.column()));
        } else if (node instanceof FencedCodeBlock code) {
            out.add(new CodeBlock(lineOf(node), code.getInfo().toString().strip(),
                    code.getContentChars().toString()));
        } else if (node instanceof IndentedCodeBlock code) {
            out.add(new CodeBlock(lineOf(node), "", code.getContentChars().toString()));
        } else if (node instanceof BlockQuote) {
            out.add(new Quote(lineOf(node), convertChildren(node, depth + 1)));
        } else if (node instanceof com.vladsch.flexmark.ast.ThematicBreak) {
            out.add(new ThematicBreak(lineOf(node)));
        } else if (node instanceof HtmlCommentBlock) {
            return; // comments are for authors
        } else if (node instanceof HtmlBlock) {
            out.add(new RawHtml(lineOf(node), node.getChars().toString()));
        } else if (node instanceof TableBlock table) {
            out.add(table(table));
        } else if (node instanceof DisplayMathBlock math) {
            out.add(displayMath(math));
        } else if (node instanceof DirectiveBlock directive) {
            out.add(directives.read(directive, depth));
        } else if (node instanceof DirectiveFence fence) {
            strayFence(fence);
        }
        // Other nodes (blank lines, link reference definitions) carry nothing to show.
    }

    private Inline prose(ProseBlock prose) {
        reportLatexInlineMath(prose.getChars());
        String written = prose.getText();
        String text = written.strip();
        int column = lines.column(prose.getStartOffset()) + written.indexOf(text);
        // a paragraph's lines kept whole, or gathered without the list's or quote's markers, as its first was
        int indent = prose.getChars().startsWith(written) ? 1 : column;
        if (!prose.isOverBudget()) {
            return new Inline(text, lineOf(prose), column, indent);
        }
        reporter.report(Rule.INLINE_LIMIT, lineOf(prose), 1, "this paragraph or heading holds more inline syntax than Lectern "
                + "reads in one block (emphasis marks, links or code spans that do not close, or a link title over "
                + InlineBudget.MAX_LINK_PART + " characters); it is shown as plain text");
        return new Inline(InlineBudget.escaped(text), lineOf(prose), column, indent);
    }

    private Block displayMath(DisplayMathBlock math) {
        if (!math.isClosed()) {
            reporter.report(Rule.UNCLOSED_MATH, lineOf(math), 1, "display math '" + math.getOpening()
                    + "' has no closing '" + math.getClosing() + "' before the next blank line; the formula is read up "
                    + "to there and the text after it as text");
        }
        int texStart = texStart(math.getChars());
        return new MathBlock(lineOf(math), math.getTex(), math.getTex(), MathBlock.Origin.TEX,
                lines.lineIndex(texStart) + 1, lines.column(texStart));
    }

    /**
     * Where a displayed formula's TeX starts: past its two-character opening fence and the spaces, line
     * break and quote markers after it.
     */
    private static int texStart(BasedSequence chars) {
        int i = skipBlank(chars, 0) + 2;
        return chars.getStartOffset() + Math.min(skipBlank(chars, i), chars.length());
    }

    private static int skipBlank(BasedSequence chars, int from) {
        int i = from;
        while (i < chars.length() && (Character.isWhitespace(chars.charAt(i)) || chars.charAt(i) == '>')) {
            i++;
        }
        return i;
    }

    /**
     * LaTeX's inline math, {@code \( \alpha \)}, which MkDocs' arithmatex reads but Markdown shows as
     * escaped parentheses around the TeX: reported where it holds TeX, as {@code $...$} is Lectern's.
     */
    private void reportLatexInlineMath(BasedSequence chars) {
        if (chars.indexOf("\\(") < 0) {
            return; // most paragraphs
        }
        Matcher latex = LATEX_INLINE_MATH.matcher(chars);
        while (latex.find()) {
            if (TEX.matcher(latex.group(1)).find()) {
                BasedSequence at = chars.subSequence(latex.start());
                reporter.report(Rule.UNREAD_MATH, lines.lineIndex(at.getStartOffset()) + 1, at.baseColumnAtStart() + 1,
                        "'" + latex.group() + "' is LaTeX's inline math, which Lectern does not read: write it $"
                                + latex.group(1).strip() + "$ (it is shown as text)");
                return; // once a paragraph: the fix is the same for the others
            }
        }
    }

    /** {@code ##Phase 1: Orient}, which CommonMark reads as a paragraph: a heading needs a space after its marks. */
    private void reportHeadingWithoutSpace(Inline text) {
        if (!text.markdown().startsWith("##")) {
            return; // nearly every paragraph: no matcher for it
        }
        Matcher heading = HEADING_WITHOUT_SPACE.matcher(text.markdown());
        if (heading.lookingAt()) {
            reporter.report(Rule.HEADING_WITHOUT_SPACE, text.line(), text.column(), "'" + heading.group()
                    + "' reads as text, not a heading: write a space after the #s ('" + heading.group(1) + " "
                    + heading.group(2) + "')");
        }
    }

    private void strayFence(DirectiveFence fence) {
        Node previous = fence.getPrevious();
        boolean closesDirective = previous instanceof DirectiveBlock directive && directive.isClosed();
        if (!closesDirective) {
            reporter.report(Rule.STRAY_DIRECTIVE_FENCE, lineOf(fence), 1, "'" + fence.getChars().trim()
                    + "' closes no directive");
        }
    }

    private ListBlock list(Node list, int depth) {
        List<ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof com.vladsch.flexmark.ast.ListItem) {
                ListItem.TaskMark task = item instanceof TaskListItem taskItem
                        ? (taskItem.isItemDoneMarker() ? ListItem.TaskMark.DONE : ListItem.TaskMark.OPEN)
                        : ListItem.TaskMark.NONE;
                items.add(new ListItem(lineOf(item), task, convertChildren(item, depth + 1)));
            }
        }
        boolean ordered = list instanceof OrderedList;
        int start = list instanceof OrderedList orderedList ? orderedList.getStartNumber() : 1;
        return new ListBlock(lineOf(list), ordered, start, items);
    }

    private Table table(TableBlock table) {
        List<Inline> header = List.of();
        List<Table.Row> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Inline> cells = cells(row);
                if (section instanceof TableHead && header.isEmpty()) {
                    header = cells;
                } else if (section instanceof TableBody) {
                    rows.add(new Table.Row(lineOf(row), cells));
                }
            }
        }
        for (Table.Row row : rows) {
            if (row.cells().size() != header.size()) {
                // at the first cell too many; a row short of cells at its start
                int column = row.cells().size() > header.size() ? row.cells().get(header.size()).column() : 1;
                reporter.report(Rule.MALFORMED_TABLE, row.line(), column, "table row has " + row.cells().size()
                        + " cells but the header has " + header.size());
            }
        }
        return new Table(lineOf(table), header, rows);
    }

    private List<Inline> cells(Node row) {
        List<Inline> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                reportLatexInlineMath(tableCell.getText());
                // no-break spaces around a cell's text go as spaces do (String.strip keeps them): a status,
                // slug or number is read from the cell, and the page shows it, as if they were spaces
                cells.add(cell(tableCell.getText().trim(CharPredicate.WHITESPACE_NBSP)));
            }
        }
        return cells;
    }

    /**
     * A cell's text. An escaped pipe ({@code a \| b}) is the table's escape, which keeps the pipe from ending the cell,
     * not the text's: the text holds the pipe, as GitHub reads it (in code and math too). Columns past it are one off for each.
     */
    private Inline cell(BasedSequence text) {
        Inline cell = inline(text);
        String markdown = cell.markdown();
        return !markdown.contains("\\|") ? cell
                : new Inline(markdown.replace("\\|", "|"), cell.line(), cell.column(), cell.indent());
    }
}
