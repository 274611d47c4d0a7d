package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/**
 * The bold {@code **Key:** value} fields at the top of a lesson specification, as far as they could
 * be read. {@code fields} keeps every field as written, known or not, in order.
 */
public record LessonMetadata(Optional<Located<String>> slug, Optional<Located<Integer>> series,
                             Optional<Located<String>> seriesTitle, Optional<Located<String>> module,
                             Optional<Located<String>> moduleTitle, Optional<Position> position,
                             Optional<Located<CognitiveLoad>> cognitiveLoad, Optional<Located<String>> type,
                             Optional<Located<String>> status, List<Field> fields) {
    public LessonMetadata {
        fields = List.copyOf(fields);
    }

    /**
     * One {@code **Key:** value} field: {@code column} where it starts, {@code valueColumn} where its value
     * does (in front matter, where its key does when the value starts on a later line), for diagnostics about the value.
     */
    public record Field(int line, int column, String key, String value, int valueColumn) {
    }

    /**
     * Where the lesson sits: {@code Lesson 7 of 11 in series, Lesson 2 of 3 in module}. A position
     * without qualifier ({@code Lesson 4 of 6}) is the position in the module.
     */
    public record Position(int line, String text, Optional<Ordinal> inModule, Optional<Ordinal> inSeries) {
    }

    /** {@code 2 of 3}; {@code total} is empty for {@code 2 of ?}, and open for {@code 2 of 2+}. */
    public record Ordinal(int index, Optional<Integer> total, boolean openEnded) {
        /** {@code Lesson 2 of 3}; {@code Lesson 2 of 2+} open-ended; {@code Lesson 2} without a total. */
        public String text() {
            return "Lesson " + index + total.map(t -> " of " + t + (openEnded ? "+" : "")).orElse("");
        }
    }
}
