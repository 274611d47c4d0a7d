package dev.lectern.parse;

import dev.lectern.model.FileReporter;
import dev.lectern.model.SeriesPlan;

/** Reads a series {@code plan.md}: its title, and its sections as written. */
public final class SeriesPlanParser {
    private final MarkdownReader reader;

    public SeriesPlanParser(LecternMarkdown markdown) {
        this.reader = new MarkdownReader(markdown);
    }

    public SeriesPlan parse(ContentFile file, int number, FileReporter reporter) {
        SplitDocument document = reader.read(file, reporter);
        return new SeriesPlan(file.path(), number, Titles.name(document.title()), PlanSections.of(document), document.links());
    }
}
