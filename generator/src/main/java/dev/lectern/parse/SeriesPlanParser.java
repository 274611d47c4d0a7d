package dev.lectern.parse;

import dev.lectern.model.FileReporter;
import dev.lectern.model.SeriesPlan;
import dev.lectern.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a series {@code plan.md}: its title, its sections as written, and the lessons its tables number. */
public final class SeriesPlanParser {
    private final MarkdownReader reader;

    public SeriesPlanParser(LecternMarkdown markdown) {
        this.reader = new MarkdownReader(markdown);
    }

    public SeriesPlan parse(ContentFile file, int number, FileReporter reporter) {
        SplitDocument document = reader.read(file, reporter);
        return new SeriesPlan(file.path(), number, Titles.name(document.title()), PlanSections.of(document), document.links(),
                numbered(document));
    }

    /** The rows of the tables whose first column numbers lessons and whose next names them: {@code | 6 | consistency-models |}. */
    private static List<SeriesPlan.NumberedLesson> numbered(SplitDocument document) {
        List<SeriesPlan.NumberedLesson> lessons = new ArrayList<>();
        for (Table table : TableFinder.all(document)) {
            ColumnMap columns = new ColumnMap(table);
            int slug = columns.find("slug");
            if (slug <= 0) {
                continue;
            }
            for (Table.Row row : table.rows()) {
                String number = row.cell(0).plain();
                Optional<String> found = Slugs.find(row.cell(slug).markdown());
                if (number.matches("\\d{1,4}") && found.isPresent()) {
                    lessons.add(new SeriesPlan.NumberedLesson(row.line(), Integer.parseInt(number), found.get()));
                }
            }
        }
        return lessons;
    }
}
