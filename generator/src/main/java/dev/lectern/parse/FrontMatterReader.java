package dev.lectern.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Rule;
import dev.lectern.validate.LessonSchema;
import dev.lectern.validate.YamlBreak;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a lesson's front matter as YAML and checks it against the lesson schema's
 * {@code $defs/frontMatter}. Each problem is reported at its line in the file: YAML that does not
 * parse as {@code invalid-front-matter} (the front matter is then ignored), a schema break as
 * {@code schema-violation} at the key it concerns (that key is then ignored).
 */
final class FrontMatterReader {
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final LessonSchema schema;

    FrontMatterReader(LessonSchema schema) {
        this.schema = schema;
    }

    /** The keys that can be applied over the bold metadata; empty when the YAML does not parse. */
    Optional<FrontMatterFields> read(FrontMatter frontMatter, FileReporter reporter) {
        JsonNode tree;
        Map<JsonPointer, FrontMatterFields.Position> positions;
        try {
            tree = yaml.readTree(frontMatter.yaml());
            positions = positions(frontMatter);
        } catch (JsonProcessingException e) {
            YamlBreak.of(e, frontMatter::fileLine).ifPresentOrElse(at -> reporter.report(Rule.INVALID_FRONT_MATTER,
                    at.line(), at.column(), "front matter is not valid YAML: " + at.why() + "; it is ignored"), () -> {
                        JsonLocation at = e.getLocation(); // Jackson's own: a duplicate key
                        int line = at == null || at.getLineNr() < 1 ? FrontMatter.FIRST_LINE : frontMatter.fileLine(at.getLineNr());
                        reporter.report(Rule.INVALID_FRONT_MATTER, line, at == null ? 0 : Math.max(at.getColumnNr(), 0),
                                "front matter is not valid YAML (" + firstLine(e.getOriginalMessage()) + "); it is ignored");
                    });
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            tree = yaml.createObjectNode(); // `---` right after `---`: nothing said
        }
        Set<String> rejected = new HashSet<>();
        for (LessonSchema.Violation violation : schema.checkFrontMatter(tree)) {
            FrontMatterFields.Position at = near(positions, violation.at());
            // a break of the value itself (its type, its enumeration) is at the value; one about a key at the key
            int column = violation.at().equals(violation.instance()) && positions.containsKey(violation.at())
                    ? at.valueColumn() : at.column();
            reporter.report(Rule.SCHEMA_VIOLATION, at.line(), column, violation.describe("front matter"));
            rejected.add(violation.at().matches() ? "" : violation.at().getMatchingProperty());
        }
        return Optional.of(new FrontMatterFields(tree, positions, rejected));
    }

    /**
     * Where each key is, by its JSON pointer, and its value when that starts on the key's line; the root is the
     * first YAML line.
     */
    private Map<JsonPointer, FrontMatterFields.Position> positions(FrontMatter frontMatter) throws IOException {
        Map<JsonPointer, FrontMatterFields.Position> positions = new HashMap<>();
        positions.put(JsonPointer.empty(), new FrontMatterFields.Position(FrontMatter.FIRST_LINE, 1, 1, ""));
        try (JsonParser parser = yaml.getFactory().createParser(frontMatter.yaml())) {
            JsonPointer key = null;
            JsonLocation keyAt = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    key = parser.getParsingContext().pathAsPointer();
                    keyAt = parser.currentTokenLocation();
                    continue;
                }
                if (key != null) { // the key's value
                    JsonLocation valueAt = parser.currentTokenLocation();
                    int valueColumn = valueAt.getLineNr() == keyAt.getLineNr() ? valueAt.getColumnNr() : keyAt.getColumnNr();
                    positions.putIfAbsent(key, new FrontMatterFields.Position(frontMatter.fileLine(keyAt.getLineNr()),
                            keyAt.getColumnNr(), valueColumn, token.isScalarValue() ? parser.getText() : ""));
                    key = null;
                }
            }
        }
        return positions;
    }

    /** The position of the value a pointer names, or of the nearest key that holds it. */
    private static FrontMatterFields.Position near(Map<JsonPointer, FrontMatterFields.Position> positions,
                                                   JsonPointer at) {
        for (JsonPointer p = at; p != null; p = p.head()) {
            FrontMatterFields.Position position = positions.get(p);
            if (position != null) {
                return position;
            }
        }
        return positions.get(JsonPointer.empty());
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
