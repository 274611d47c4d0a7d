package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/** {@code module-N-M/plan.md}: the lesson sequence, and the rest as sections. */
public record ModulePlan(String file, String moduleId, Optional<Inline> title, Optional<Located<String>> status,
                         List<PlannedLesson> lessons, List<Section> sections, List<LinkDefinition> links) {
    public ModulePlan {
        links = List.copyOf(links);
        lessons = List.copyOf(lessons);
        sections = List.copyOf(sections);
    }

    /** The row of the lesson {@code slug}, if the plan has one. */
    public Optional<PlannedLesson> lesson(String slug) {
        return lessons.stream().filter(row -> row.slug().equals(slug)).findFirst();
    }

    /**
     * A row of the lesson sequence. {@code position} is the number column where there is one, else
     * the row's place in the table; {@code status} is the Status column, when the table has one.
     */
    public record PlannedLesson(int line, int position, String slug, Inline coreConcept,
                                Optional<CognitiveLoad> type, Inline typeText, Optional<String> status) {
    }
}
