package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/** A prerequisite row; depths and status are empty when their cell could not be read. */
public record Prerequisite(int line, Inline concept, Optional<Depth> required, Optional<Depth> actual,
                           Inline source, List<LessonRef> sourceLessons, Optional<PrereqStatus> status,
                           Inline statusText, Inline reasoning) {
    public Prerequisite {
        sourceLessons = List.copyOf(sourceLessons);
    }
}
