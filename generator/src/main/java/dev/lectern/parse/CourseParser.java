package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.Course;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Table;
import java.util.List;
import java.util.regex.Pattern;

/** Reads {@code course.md}: the series table and the module status table. */
public final class CourseParser {
    /** A series or module number with its word before it, as some authors write the cell: {@code Series 1}, {@code Module 1.1}. */
    private static final Pattern NUMBER_WORD = Pattern.compile("^(?i:series|module)\\s+(?=\\d)");

    /** How authors head a title column, and the column of a module's lessons ({@code Lessons}, {@code Lesson Count}). */
    private static final String[] TITLE = {"title", "name"};
    private static final String[] LESSONS_COLUMN = {"lesson", "count"};

    private final MarkdownReader reader;

    public CourseParser(LecternMarkdown markdown) {
        this.reader = new MarkdownReader(markdown);
    }

    public Course parse(ContentFile file, FileReporter reporter) {
        SplitDocument document = reader.read(file, reporter);
        List<Course.SeriesEntry> series = TableFinder.first(document, c -> c.firstIs("series") && c.has(TITLE)
                || c.label() == 1 && c.labelIs("series")).map(t -> series(t, reporter)).orElse(List.of());
        List<Course.ModuleEntry> modules = TableFinder.first(document, c -> c.firstIs("module") && c.has(LESSONS_COLUMN))
                .map(CourseParser::modules).orElse(List.of());
        if (series.isEmpty() && modules.isEmpty()) {
            reporter.report(Rule.MISSING_TABLE, 1, 1,
                    "course.md has neither a series table (Series | Title | Status) nor a module table "
                            + "(Module | Title | Lessons | Status)");
        }
        return new Course(file.path(), Titles.name(document.title()), series, modules,
                PlanSections.of(document), document.links());
    }

    private static List<Course.SeriesEntry> series(Table table, FileReporter reporter) {
        ColumnMap c = new ColumnMap(table);
        // | # | Series | ... | names each series in its Series column
        int title = c.has(TITLE) ? c.find(TITLE) : c.label();
        int status = c.find("status");
        int description = c.find("description", "focus");
        return table.rows().stream().flatMap(row -> {
            String number = number(row.cell(0).plain());
            if (!number.matches("\\d{1,4}")) {
                reporter.report(Rule.MALFORMED_TABLE, row.line(), row.cell(0).column(), "'" + number + "' is not a series number");
                return java.util.stream.Stream.empty();
            }
            return java.util.stream.Stream.of(new Course.SeriesEntry(row.line(), Integer.parseInt(number),
                    row.cell(title).plain(), row.cell(status).plain(), row.cell(description)));
        }).toList();
    }

    /** A series or module number as a cell gives it, without a word before it or no-break spaces around it. */
    private static String number(String cell) {
        return NUMBER_WORD.matcher(cell.replace('\u00a0', ' ').strip()).replaceFirst("");
    }

    private static List<Course.ModuleEntry> modules(Table table) {
        ColumnMap c = new ColumnMap(table);
        int title = c.find(TITLE);
        int lessons = c.find(LESSONS_COLUMN);
        int status = c.find("status");
        return table.rows().stream().map(row -> new Course.ModuleEntry(row.line(), number(row.cell(0).plain()),
                row.cell(title).plain(), row.cell(lessons).plain(), row.cell(status))).toList();
    }
}
