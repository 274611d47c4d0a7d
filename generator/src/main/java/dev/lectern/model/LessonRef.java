package dev.lectern.model;

import java.util.Optional;

/** A reference to a lesson as written in a table cell: {@code consistency-models (7.3.1)}. */
public record LessonRef(String slug, Optional<String> moduleId, Optional<Integer> position) {
}
