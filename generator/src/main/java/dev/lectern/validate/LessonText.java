package dev.lectern.validate;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CardGrid;
import dev.lectern.model.ComparisonRow;
import dev.lectern.model.Finding;
import dev.lectern.model.GradientCard;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.ListBlock;
import dev.lectern.model.ListItem;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Part;
import dev.lectern.model.Quote;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Section;
import dev.lectern.model.Table;
import dev.lectern.model.TypedTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The inline text of a lesson as runs located in the source, for the text rules. The model keeps
 * lines but not columns, so columns are worked out from the layout the format uses ({@code - }
 * and {@code 1. } list markers, {@code > } quotes, {@code | a | b |} table rows, {@code ## }
 * headings); text the parser cut out of a longer line (a prose component's title and the text on
 * its line, a finding's fields) has column 0, unknown. Code, formulas and raw HTML carry no prose.
 */
final class LessonText {

    private final List<TextRun> runs = new ArrayList<>();

    private LessonText() {
    }

    /** The runs of blocks that start at column 1. */
    static List<TextRun> of(List<Block> blocks) {
        LessonText text = new LessonText();
        text.blocks(blocks, 1);
        return List.copyOf(text.runs);
    }

    /** Every run of a lesson: title, preamble, sections with their headings, review findings. */
    static List<TextRun> of(Lesson lesson) {
        LessonText text = new LessonText();
        lesson.title().ifPresent(title -> text.add(title, 3));
        text.blocks(lesson.preamble(), 1);
        for (Section section : lesson.sections()) {
            text.add(section.heading(), 4);
            text.blocks(section.intro(), 1);
            for (Part part : section.parts()) {
                text.add(part.heading(), 5);
                text.blocks(part.blocks(), 1);
            }
            if (section instanceof ReviewSection review) {
                review.findings().forEach(text::finding);
                review.resolutionCheck().ifPresent(table -> text.table(table.source(), 1));
            }
        }
        return List.copyOf(text.runs);
    }

    private void finding(Finding finding) {
        add(finding.title(), 0);
        for (Optional<Inline> field : List.of(finding.location(), finding.issue(), finding.studentImpact(),
                finding.suggestedFix())) {
            field.ifPresent(text -> add(text, 0));
        }
        blocks(finding.other(), 1);
    }

    private void blocks(List<Block> blocks, int column) {
        for (Block block : blocks) {
            block(block, column);
        }
    }

    private void block(Block block, int column) {
        if (block instanceof Paragraph paragraph) {
            add(paragraph.text(), column);
        } else if (block instanceof Heading heading) {
            add(heading.text(), shift(column, heading.level() + 1));
        } else if (block instanceof ListBlock list) {
            list(list, column);
        } else if (block instanceof Quote quote) {
            blocks(quote.blocks(), shift(column, 2));
        } else if (block instanceof Table table) {
            table(table, column);
        } else if (block instanceof TypedTable typed) {
            table(typed.source(), column);
        } else if (block instanceof Callout callout) {
            callout.title().ifPresent(title -> add(title, 0));
            componentBody(callout.body(), callout.line(), column);
        } else if (block instanceof GradientCard card) {
            card.title().ifPresent(title -> add(title, 0));
            componentBody(card.body(), card.line(), column);
        } else if (block instanceof CardGrid grid) {
            for (GradientCard card : grid.cards()) {
                card.title().ifPresent(title -> add(title, 0));
                blocks(card.body(), 0);
            }
        } else if (block instanceof ComparisonRow row) {
            comparison(row);
        }
        // Code, formulas, raw HTML and rules hold no prose.
    }

    private void list(ListBlock list, int column) {
        for (int i = 0; i < list.items().size(); i++) {
            ListItem item = list.items().get(i);
            int marker = list.ordered() ? String.valueOf(list.start() + i).length() + 2 : 2;
            int task = item.task() == ListItem.TaskMark.NONE ? 0 : 4;
            blocks(item.blocks(), shift(column, marker + task));
        }
    }

    /** A row {@code | a | b |}: each cell starts two columns after its bar. */
    private void table(Table table, int column) {
        cells(table.header(), column);
        table.rows().forEach(row -> cells(row.cells(), column));
    }

    private void cells(List<Inline> cells, int column) {
        int at = shift(column, 2);
        for (Inline cell : cells) {
            add(cell, at);
            at = shift(at, cell.markdown().length() + 3);
        }
    }

    /** A prose component's text on its own line was cut out of that line; the blocks after it were not. */
    private void componentBody(List<Block> body, int componentLine, int column) {
        for (Block block : body) {
            block(block, block.line() == componentLine ? 0 : column);
        }
    }

    private void comparison(ComparisonRow row) {
        add(row.left().title(), 0);
        add(row.right().title(), 0);
        Set<Inline> labels = new LinkedHashSet<>();
        for (ComparisonRow.Side side : List.of(row.left(), row.right())) {
            for (ComparisonRow.Item item : side.items()) {
                if (labels.add(item.label())) {
                    add(item.label(), 0);
                }
                add(item.text(), 0);
            }
        }
    }

    private void add(Inline text, int column) {
        if (!text.isBlank()) {
            runs.add(new TextRun(text.markdown(), text.line(), column));
        }
    }

    /** {@code column} moved right by {@code by}; unknown stays unknown. */
    private static int shift(int column, int by) {
        return column == 0 ? 0 : column + by;
    }
}
