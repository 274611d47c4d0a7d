package dev.lectern.model;

import java.util.Comparator;
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

    /** The row that numbers the lesson {@code slug}, if the plan has one. */
    public Optional<NumberedLesson> lesson(String slug) {
        return lessons.stream().filter(row -> row.slug().equals(slug)).findFirst();
    }

    /** The row with the highest number: the series has at least that many lessons. */
    public Optional<NumberedLesson> last() {
        return lessons.stream().max(Comparator.comparingInt(NumberedLesson::number));
    }

    /** A lesson as the series plan numbers it in the series: {@code | 12 | z-image | ...}. */
    public record NumberedLesson(int line, int number, String slug) {
    }
}
