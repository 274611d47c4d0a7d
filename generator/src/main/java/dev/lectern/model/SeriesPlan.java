package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/** {@code series-N/plan.md}: kept as sections; only its number and title are read. */
public record SeriesPlan(String file, int number, Optional<Inline> title, List<Section> sections,
                         List<LinkDefinition> links) {
    public SeriesPlan {
        links = List.copyOf(links);
        sections = List.copyOf(sections);
    }
}
