package dev.lectern.validate;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CardGrid;
import dev.lectern.model.ComparisonRow;
import dev.lectern.model.Finding;
import dev.lectern.model.FindingField;
import dev.lectern.model.GradientCard;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.ListBlock;
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
 * The inline text of a lesson as runs located in the source, for the text rules: each run where its
 * {@link Inline} says it is (column 0 where the parser cannot place it). Code, formulas and raw HTML carry no prose.
 */
final class LessonText {

    private final List<TextRun> runs = new ArrayList<>();

    private LessonText() {
    }

    static List<TextRun> of(List<Block> blocks) {
        LessonText text = new LessonText();
        text.blocks(blocks);
        return List.copyOf(text.runs);
    }

    /** Every run of course.md, a plan or a record: title, then sections with their headings. */
    static List<TextRun> of(Optional<Inline> title, List<Section> sections) {
        LessonText text = new LessonText();
        title.ifPresent(text::add);
        text.sections(sections);
        return List.copyOf(text.runs);
    }

    /** Every run of a lesson: title, preamble, sections with their headings, review findings. */
    static List<TextRun> of(Lesson lesson) {
        LessonText text = new LessonText();
        lesson.title().ifPresent(text::add);
        text.blocks(lesson.preamble());
        text.sections(lesson.sections());
        return List.copyOf(text.runs);
    }

    private void sections(List<Section> sections) {
        for (Section section : sections) {
            add(section.heading());
            blocks(section.intro());
            for (Part part : section.parts()) {
                add(part.heading());
                blocks(part.blocks());
            }
            if (section instanceof ReviewSection review) {
                review.findings().forEach(this::finding);
                review.resolutionCheck().ifPresent(table -> table(table.source()));
            }
        }
    }

    private void finding(Finding finding) {
        add(finding.title());
        for (Optional<FindingField> field : List.of(finding.location(), finding.issue(), finding.studentImpact(),
                finding.suggestedFix())) {
            field.ifPresent(f -> {
                add(f.text());
                blocks(f.blocks());
            });
        }
        blocks(finding.other());
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block(block);
        }
    }

    private void block(Block block) {
        if (block instanceof Paragraph paragraph) {
            add(paragraph.text());
        } else if (block instanceof Heading heading) {
            add(heading.text());
        } else if (block instanceof ListBlock list) {
            list.items().forEach(item -> blocks(item.blocks()));
        } else if (block instanceof Quote quote) {
            blocks(quote.blocks());
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof TypedTable typed) {
            table(typed.source());
        } else if (block instanceof Callout callout) {
            callout.title().ifPresent(this::add);
            blocks(callout.body());
        } else if (block instanceof GradientCard card) {
            card.title().ifPresent(this::add);
            blocks(card.body());
        } else if (block instanceof CardGrid grid) {
            grid.cards().forEach(this::block);
        } else if (block instanceof ComparisonRow row) {
            comparison(row);
        }
        // Code, formulas, raw HTML and rules hold no prose.
    }

    private void table(Table table) {
        table.header().forEach(this::add);
        table.rows().forEach(row -> row.cells().forEach(this::add));
    }

    private void comparison(ComparisonRow row) {
        row.title().ifPresent(this::add);
        add(row.left().title());
        add(row.right().title());
        Set<Inline> labels = new LinkedHashSet<>();
        for (ComparisonRow.Side side : List.of(row.left(), row.right())) {
            for (ComparisonRow.Item item : side.items()) {
                if (labels.add(item.label())) {
                    add(item.label());
                }
                add(item.text());
            }
        }
    }

    private void add(Inline text) {
        if (!text.isBlank()) {
            runs.add(new TextRun(text));
        }
    }
}
