package dev.lectern.validate;

import dev.lectern.model.LessonMetadata;
import dev.lectern.model.LessonMetadata.Field;
import java.util.Optional;
import java.util.Set;

/** Finds the written field behind a metadata value, for its column and its text as written. */
final class MetadataFields {
    static final Set<String> COGNITIVE_LOAD_KEYS = Set.of("cognitive load", "cognitive load type", "load", "type");

    private MetadataFields() {
    }

    /** The field on {@code line} whose key (any case) is one of {@code keys}. */
    static Optional<Field> at(LessonMetadata metadata, int line, Set<String> keys) {
        return metadata.fields().stream()
                .filter(f -> f.line() == line && keys.contains(f.key().toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
    }

    /** The column of that field's value, or 1 when it cannot be found. */
    static int column(LessonMetadata metadata, int line, Set<String> keys) {
        return at(metadata, line, keys).map(Field::valueColumn).orElse(1);
    }

    /** The first field with one of {@code keys}, wherever it is. */
    static Optional<Field> first(LessonMetadata metadata, Set<String> keys) {
        return metadata.fields().stream()
                .filter(f -> keys.contains(f.key().toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
    }
}
