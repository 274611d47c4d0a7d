package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Inline;
import dev.lectern.model.LessonRef;
import dev.lectern.model.ModuleRecord;
import dev.lectern.model.ModuleRecord.ConceptEntry;
import dev.lectern.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a module {@code record.md}: its Concept Index ({@code Concept | Depth | Lesson | Notes}). */
public final class ModuleRecordParser {
    private final MarkdownReader reader;

    /** How authors head the column of the lesson that taught a concept. */
    private static final String[] LESSON = {"lesson", "taught in", "source", "introduced in"};
    /** How authors head the depth column, and the notes on how a concept was taught. */
    private static final String[] DEPTH = {"depth", "level"};
    private static final String[] NOTES = {"notes", "comments", "how taught", "details", "remarks"};
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
        return new ModuleRecord(file.path(), moduleId, Titles.name(document.title()), concepts,
                PlanSections.of(document), document.links());
    }

    private static List<ConceptEntry> concepts(Table table, FileReporter reporter) {
        ColumnMap c = new ColumnMap(table);
        int concept = c.labelIs("concept") ? c.label() : c.find("concept"); // also after the lesson: | Lesson | Concept |
        int depth = c.find(DEPTH);
        int lesson = c.find(LESSON);
        int notes = c.find(NOTES);
        List<ConceptEntry> entries = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            var parsedDepth = Vocabulary.depth(row.cell(depth).markdown());
            if (parsedDepth.isEmpty() && !Vocabulary.reinforced(row.cell(depth).plain())) {
                reporter.report(Rule.UNKNOWN_DEPTH, row.line(), row.cell(depth).column(), "depth '" + row.cell(depth).plain()
                        + "' is none of MENTIONED, INTRODUCED, DEVELOPED, APPLIED");
            }
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
