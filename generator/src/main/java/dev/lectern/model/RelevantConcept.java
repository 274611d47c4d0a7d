package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/** A concept the student has: {@code depth} is empty when the depth cell names no known depth. */
public record RelevantConcept(int line, Inline concept, Optional<Depth> depth, Inline depthText, Inline source,
                              List<LessonRef> sourceLessons, Inline notes) {
    public RelevantConcept {
        sourceLessons = List.copyOf(sourceLessons);
    }
}
