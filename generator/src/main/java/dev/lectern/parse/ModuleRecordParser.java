package dev.lectern.parse;

import dev.lectern.model.Block;
import dev.lectern.model.Depth;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Inline;
import dev.lectern.model.LessonRef;
import dev.lectern.model.ListBlock;
import dev.lectern.model.ListItem;
import dev.lectern.model.ModuleRecord;
import dev.lectern.model.ModuleRecord.ConceptEntry;
import dev.lectern.model.ModuleRecord.RecordedVerdict;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Part;
import dev.lectern.model.PlainSection;
import dev.lectern.model.Rule;
import dev.lectern.model.Section;
import dev.lectern.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a module {@code record.md}: its Concept Index ({@code Concept | Depth | Lesson | Notes}), and the review
 * verdicts it records for each lesson.
 */
public final class ModuleRecordParser {
    private final MarkdownReader reader;

    /** How authors head the column of the lesson that taught a concept. */
    private static final String[] LESSON = {"lesson", "taught in", "source", "introduced in"};
    /** How authors head the depth column, and the notes on how a concept was taught. */
    private static final String[] DEPTH = {"depth", "level"};
    private static final String[] NOTES = {"notes", "comments", "how taught", "details", "remarks"};
    /** A part about one lesson, headed by its slug: {@code controlnet (Lesson 1)}, {@code what-is-learning}. */
    private static final Pattern PART_SLUG = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)(?:\\s|$)");
    /** {@code Status: Built, reviewed (PASS on iteration 2)}, as plain text; the verdict is read as a review's is. */
    private static final Pattern STATUS = Pattern.compile(
            "^Status:[^(]*\\((?<verdict>[^)]*?)\\s+on\\s+iteration\\s+(?<iteration>\\d{1,3})\\b");
    /** {@code Iteration 1: MAJOR REVISION--1 critical ...}: a line of the review history. */
    private static final Pattern HISTORY = Pattern.compile("^Iteration\\s+(?<iteration>\\d{1,3})\\s*:\\s*(?<verdict>.+)");
    /** A number that could be a position but is not a lesson's ({@code 7.1}, {@code Lesson 3}): series.module.lesson is. */
    private static final Pattern SHORT_POSITION = Pattern.compile("(?i)(?:lesson\\s+)?\\d{1,4}(?:\\.\\d{1,4})?");

    public ModuleRecordParser(LecternMarkdown markdown) {
        this.reader = new MarkdownReader(markdown);
    }

    public ModuleRecord parse(ContentFile file, String moduleId, FileReporter reporter) {
        SplitDocument document = reader.read(file, reporter);
        Optional<Table> index = TableFinder.first(document,
                c -> c.has("concept") && c.has(DEPTH) && c.has(LESSON));
        List<ConceptEntry> concepts = index.map(t -> concepts(t, reporter)).orElseGet(() -> {
            reporter.report(Rule.MISSING_TABLE, 1, 1, "module record has no Concept Index table "
                    + "(Concept | Depth | Lesson | Notes)");
            return List.of();
        });
        List<Section> sections = PlanSections.of(document);
        Map<String, Part> summaries = summaries(sections);
        List<RecordedVerdict> verdicts = new ArrayList<>();
        summaries.forEach((slug, part) -> verdicts(part.blocks(), slug, verdicts));
        return new ModuleRecord(file.path(), moduleId, Titles.name(document.title()), concepts, verdicts, summaries,
                sections, document.links());
    }

    /** The record's summary of each lesson: its parts headed by a slug, {@code ### ip-adapter (Lesson 3)}. */
    private static Map<String, Part> summaries(List<Section> sections) {
        Map<String, Part> summaries = new LinkedHashMap<>();
        for (Section section : sections) {
            for (Part part : ((PlainSection) section).parts()) {
                Matcher slug = PART_SLUG.matcher(part.heading().plain());
                if (slug.lookingAt()) {
                    summaries.putIfAbsent(slug.group(1), part);
                }
            }
        }
        return summaries;
    }

    private static void verdicts(List<Block> blocks, String slug, List<RecordedVerdict> verdicts) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                verdict(paragraph.text(), STATUS, slug).ifPresent(verdicts::add);
            } else if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    item.blocks().stream().filter(Paragraph.class::isInstance).findFirst()
                            .flatMap(first -> verdict(((Paragraph) first).text(), HISTORY, slug)).ifPresent(verdicts::add);
                }
            }
        }
    }

    private static Optional<RecordedVerdict> verdict(Inline text, Pattern form, String slug) {
        Matcher m = form.matcher(text.plain());
        return m.find() ? Vocabulary.verdict(m.group("verdict")).map(kind -> new RecordedVerdict(text.line(), slug,
                Integer.parseInt(m.group("iteration")), kind)) : Optional.empty();
    }

    private static List<ConceptEntry> concepts(Table table, FileReporter reporter) {
        ColumnMap c = new ColumnMap(table);
        int concept = c.labelIs("concept") ? c.label() : c.find("concept"); // also after the lesson: | Lesson | Concept |
        int depth = c.find(DEPTH);
        int lesson = c.find(LESSON);
        int notes = c.find(NOTES);
        List<ConceptEntry> entries = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            // a concept REINFORCED (taught again) needs no depth: a cell without one is not reported
            Optional<Depth> parsedDepth = Vocabulary.reinforced(row.cell(depth).plain())
                    ? Vocabulary.depth(row.cell(depth).markdown()) : TableReader.depth(row.cell(depth), row.line(), reporter);
            List<LessonRef> lessons = lessons(row.cell(lesson));
            if (lessons.isEmpty() && SHORT_POSITION.matcher(row.cell(lesson).plain()).matches()) {
                reporter.report(Rule.MALFORMED_TABLE, row.line(), row.cell(lesson).column(), "'" + row.cell(lesson).plain()
                        + "' names no lesson; write its slug, or its position as series.module.lesson (the concept is "
                        + "traced to no lesson)");
            }
            entries.add(new ConceptEntry(row.line(), conceptName(row.cell(concept).plain()), row.cell(concept), parsedDepth,
                    row.cell(depth), lessons, row.cell(lesson), row.cell(notes)));
        }
        return entries;
    }

    /** The slugs in a Lesson cell, else the positions ({@code 7.1.1}) it names lessons by. */
    private static List<LessonRef> lessons(Inline cell) {
        List<String> slugs = Slugs.findAll(cell.markdown());
        return slugs.isEmpty() ? LessonRefs.find(cell.markdown())
                : slugs.stream().map(slug -> new LessonRef(Optional.of(slug), Optional.empty(), Optional.empty())).toList();
    }

    /**
     * The concept without the parenthesised explanation that often follows its name: the text before
     * the first parenthesis that follows a space, so {@code Consistency function f(x_t, t) = x_0 (a
     * learned network ...)} keeps its formula.
     */
    public static String conceptName(String cell) {
        String text = cell.strip();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(' && depth == 0 && i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                return text.substring(0, i).strip();
            }
            depth += ch == '(' ? 1 : ch == ')' && depth > 0 ? -1 : 0;
        }
        return text;
    }
}
