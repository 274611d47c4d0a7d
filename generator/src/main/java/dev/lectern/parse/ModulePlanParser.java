package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Located;
import dev.lectern.model.ModulePlan;
import dev.lectern.model.ModulePlan.PlannedLesson;
import dev.lectern.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a module {@code plan.md}: its lesson sequence table ({@code Lesson | Core Concept | Type | ...}
 * or {@code # | Slug | ...}, sometimes with a Status column) and its status field.
 */
public final class ModulePlanParser {
    /** How authors head the column of what a lesson teaches, and of its cognitive load. */
    private static final String[] CONCEPT = {"core concept", "concept", "key concept", "topic", "focus"};
    private static final String[] TYPE = {"type", "load", "cognitive load"};

    private final MarkdownReader reader;

    public ModulePlanParser(LecternMarkdown markdown) {
        this.reader = new MarkdownReader(markdown);
    }

    public ModulePlan parse(ContentFile file, String moduleId, FileReporter reporter) {
        SplitDocument document = reader.read(file, reporter);
        Optional<Table> sequence = TableFinder.first(document, c -> c.has("lesson", "slug") && (c.has(CONCEPT) || c.has(TYPE)));
        List<PlannedLesson> lessons = sequence.map(t -> lessons(t, reporter)).orElseGet(() -> {
            reporter.report(Rule.MISSING_TABLE, 1, 1,
                    "module plan has no lesson sequence table (Lesson | Core Concept | Type | ...)");
            return List.of();
        });
        return new ModulePlan(file.path(), moduleId, Titles.name(document.title()), status(document), lessons,
                PlanSections.of(document), document.links());
    }

    private static Optional<Located<String>> status(SplitDocument document) {
        return new MetadataReader(new FileReporter("", d -> { })).read(document.preamble()).status();
    }

    private static List<PlannedLesson> lessons(Table table, FileReporter reporter) {
        ColumnMap c = new ColumnMap(table);
        int number = c.firstIs("lesson", "slug") ? -1 : 0; // a first column before the slug numbers the rows
        int slug = c.find("slug", "lesson");
        int concept = c.find(CONCEPT);
        int type = c.find(TYPE);
        int status = c.find("status");
        List<PlannedLesson> lessons = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Optional<String> found = Slugs.find(row.cell(slug).markdown());
            if (found.isEmpty()) {
                reporter.report(Rule.MALFORMED_TABLE, row.line(), row.cell(slug).column(), "no lesson slug in '" + row.cell(slug).plain() + "'");
                continue;
            }
            int position = lessons.size() + 1;
            String written = row.cell(number).plain();
            if (number >= 0 && written.matches("\\d{1,4}")) {
                position = Integer.parseInt(written);
            }
            lessons.add(new PlannedLesson(row.line(), position, found.get(), row.cell(concept),
                    Vocabulary.cognitiveLoad(row.cell(type).markdown()), row.cell(type),
                    status >= 0 ? Optional.of(row.cell(status).plain()) : Optional.empty()));
        }
        return lessons;
    }
}
