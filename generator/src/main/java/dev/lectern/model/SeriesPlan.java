package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code series-N/plan.md}: kept as sections; its number, title and the lessons its tables number
 * ({@code # | Slug | ...}, one table a module) are read.
 */
public record SeriesPlan(String file, int number, Optional<Inline> title, List<Section> sections,
                         List<LinkDefinition> links, List<NumberedLesson> lessons) {
    public SeriesPlan {
        links = List.copyOf(links);
        sections = List.copyOf(sections);
        lessons = List.copyOf(lessons);
    }

    /** A lesson as the series plan numbers it in the series: {@code | 12 | z-image | ...}. */
    public record NumberedLesson(int line, int number, String slug) {
    }
}
