package dev.lectern.parse;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.model.CognitiveLoad;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.LessonMetadata.Field;
import dev.lectern.model.LessonMetadata.Ordinal;
import dev.lectern.model.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A front matter read and checked: its tree, where each key is, and the keys that broke the
 * schema. {@link #over} applies the other keys over the bold metadata fields: a key given here
 * replaces the field of the same name, whole.
 */
record FrontMatterFields(JsonNode tree, Map<JsonPointer, Position> positions, Set<String> rejected) {

    /**
     * A key's line in the file, its 1-based column, its value's (the key's when the value starts on a later line),
     * and its value as written when that is a scalar (empty otherwise).
     */
    record Position(int line, int column, int valueColumn, String written) {
    }

    FrontMatterFields {
        positions = Map.copyOf(positions);
        rejected = Set.copyOf(rejected);
    }

    LessonMetadata over(LessonMetadata bold) {
        if (!tree.isObject()) {
            return bold; // reported: the schema wants a mapping
        }
        return new LessonMetadata(text("slug").or(bold::slug), integer("series").or(bold::series),
                text("seriesTitle").or(bold::seriesTitle), text("module").or(bold::module),
                text("moduleTitle").or(bold::moduleTitle), position().or(bold::position),
                text("cognitiveLoad").map(l -> new Located<>(CognitiveLoad.valueOf(l.value()), l.line()))
                        .or(bold::cognitiveLoad),
                text("type").or(bold::type), text("status").or(bold::status), fields(bold));
    }

    /** The front matter's keys, then the bold fields: the front matter comes first in the file. */
    private List<Field> fields(LessonMetadata bold) {
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : tree.properties()) {
            Position at = positionOf(entry.getKey());
            String value = entry.getValue().isValueNode() ? entry.getValue().asText() : entry.getValue().toString();
            fields.add(new Field(at.line(), at.column(), entry.getKey(), value, at.valueColumn()));
        }
        fields.addAll(bold.fields());
        return fields;
    }

    private Optional<JsonNode> accepted(String key) {
        return rejected.contains(key) ? Optional.empty() : Optional.ofNullable(tree.get(key));
    }

    /** A number is taken as written: {@code module: 7.10} is module 7.10, where YAML reads the number 7.1. */
    private Optional<Located<String>> text(String key) {
        Position at = positionOf(key);
        return accepted(key).map(v -> new Located<>(v.isNumber() ? at.written() : v.asText(), at.line()));
    }

    private Optional<Located<Integer>> integer(String key) {
        return accepted(key).map(v -> new Located<>(v.intValue(), positionOf(key).line()));
    }

    /** {@code {inModule: 2, ofModule: 3, inSeries: 7, ofSeries: 11}}, with the text a bold field would have. */
    private Optional<LessonMetadata.Position> position() {
        return accepted("position").map(p -> {
            Optional<Ordinal> inModule = ordinal(p, "inModule", "ofModule");
            Optional<Ordinal> inSeries = ordinal(p, "inSeries", "ofSeries");
            List<String> parts = new ArrayList<>();
            inSeries.ifPresent(o -> parts.add(o.text() + " in series"));
            inModule.ifPresent(o -> parts.add(o.text() + " in module"));
            return new LessonMetadata.Position(positionOf("position").line(), String.join(", ", parts), inModule,
                    inSeries);
        });
    }

    private static Optional<Ordinal> ordinal(JsonNode position, String index, String total) {
        return Optional.ofNullable(position.get(index)).map(i -> new Ordinal(i.intValue(),
                Optional.ofNullable(position.get(total)).map(JsonNode::intValue), false));
    }

    private Position positionOf(String key) {
        return positions.getOrDefault(JsonPointer.compile("/" + key.replace("~", "~0").replace("/", "~1")),
                positions.get(JsonPointer.empty()));
    }
}
