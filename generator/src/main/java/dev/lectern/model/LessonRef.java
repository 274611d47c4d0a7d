package dev.lectern.model;

import java.util.Optional;

/**
 * A reference to a lesson as written in a table cell: {@code consistency-models (7.3.1)} gives the
 * slug, the module {@code 7.3} and position 1; a bare {@code 6.4.2} gives no slug.
 */
public record LessonRef(Optional<String> slug, Optional<String> moduleId, Optional<Integer> position) {
}
