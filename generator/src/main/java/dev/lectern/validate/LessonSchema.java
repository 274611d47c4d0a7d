package dev.lectern.validate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The published lesson schema ({@value #RESOURCE}, draft 2020-12): the shape of {@code lesson.json},
 * and in {@code $defs/frontMatter} the shape of a lesson's YAML front matter, from the same
 * definitions. Loaded once per instance; validating is thread-safe.
 */
public final class LessonSchema {
    /** Where the schema is in the jar; the site publishes it at {@code lessons/schema/lesson.schema.json}. */
    public static final String RESOURCE = "lectern/schema/lesson.schema.json";
    static final String ID = "urn:lectern:schema:lesson:1";
    /** Keywords that name a property the object should not have: the property is where the problem is. */
    private static final Set<String> PROPERTY_KEYWORDS = Set.of("additionalProperties", "unevaluatedProperties",
            "dependentRequired");

    private final Schema lesson;
    private final Schema frontMatter;

    private LessonSchema() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build();
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012(),
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(ID, read())));
        this.lesson = registry.getSchema(SchemaLocation.of(ID));
        this.frontMatter = registry.getSchema(SchemaLocation.of(ID + "#/$defs/frontMatter"));
    }

    /** The schema from Lectern's own jar. */
    public static LessonSchema load() {
        return new LessonSchema();
    }

    /** What breaks the schema in a {@code lesson.json} tree. */
    public List<Violation> checkLesson(JsonNode tree) {
        return violations(lesson, tree);
    }

    /** What breaks {@code $defs/frontMatter} in a front matter read as a tree. */
    public List<Violation> checkFrontMatter(JsonNode tree) {
        return violations(frontMatter, tree);
    }

    private static List<Violation> violations(Schema schema, JsonNode tree) {
        return schema.validate(tree).stream().map(LessonSchema::violation).toList();
    }

    private static Violation violation(Error error) {
        JsonPointer instance = pointer(error.getInstanceLocation());
        JsonPointer at = error.getProperty() != null && PROPERTY_KEYWORDS.contains(error.getKeyword())
                ? instance.appendProperty(error.getProperty()) : instance;
        return new Violation(instance, at, error.getMessage());
    }

    private static JsonPointer pointer(NodePath path) {
        JsonPointer pointer = JsonPointer.empty();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index ? pointer.appendIndex(index)
                    : pointer.appendProperty(String.valueOf(element));
        }
        return pointer;
    }

    private static String read() {
        try (InputStream in = LessonSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                // the build puts it in the jar; its absence is a packaging bug, not a content problem
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    /**
     * One break of the schema: {@code instance} is where the validator found it (the object, for a
     * property that should not be there), {@code at} the value it is about (that property).
     */
    public record Violation(JsonPointer instance, JsonPointer at, String message) {

        /** {@code lesson.json /prerequisites/8/required: does not have a value in the enumeration [...]}. */
        public String describe(String subject) {
            String where = instance.toString();
            return subject + (where.isEmpty() ? "" : " " + where) + ": " + message;
        }
    }
}
