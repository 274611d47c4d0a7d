package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/** {@code course.md}: the series table and the module status table, and the rest as sections. */
public record Course(String file, Optional<Inline> title, List<SeriesEntry> series, List<ModuleEntry> modules,
                     List<Section> sections, List<LinkDefinition> links) {
    public Course {
        links = List.copyOf(links);
        series = List.copyOf(series);
        modules = List.copyOf(modules);
        sections = List.copyOf(sections);
    }

    /** A row of the series table. */
    public record SeriesEntry(int line, int number, String title, String status, Inline description) {
    }

    /**
     * A row of the module status table; {@code lessons} as written ({@code 6}, {@code 4 of 4}, {@code 1 of ?}),
     * {@code status} where it is written, for a check to point at ({@code complete}).
     */
    public record ModuleEntry(int line, String id, String title, String lessons, Inline status) {
    }
}
