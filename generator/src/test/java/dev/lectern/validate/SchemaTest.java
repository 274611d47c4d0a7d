package dev.lectern.validate;

import dev.lectern.testing.SiteRenderers;
import dev.lectern.testing.RenderedFiles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.lectern.model.CognitiveLoad;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Depth;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.PrereqStatus;
import dev.lectern.model.Verdict;
import dev.lectern.render.RenderedFile;
import dev.lectern.render.SiteRenderer;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The published lesson schema itself: a valid 2020-12 schema that says what lesson.json holds. */
class SchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] resource() throws IOException {
        try (InputStream in = SchemaTest.class.getClassLoader().getResourceAsStream(LessonSchema.RESOURCE)) {
            return in.readAllBytes();
        }
    }

    private static JsonNode schema() throws IOException {
        return JSON.readTree(resource());
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.isNull() ? null : n.asText()).toList();
    }

    private static List<String> namesAndNull(Enum<?>[] values) {
        List<String> names = new ArrayList<>(Arrays.stream(values).map(Enum::name).toList());
        names.add(null);
        return names;
    }

    @Test
    void isAValidDraft202012Schema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        JsonNode schema = schema();

        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(List.of(), registry.getSchema(SchemaLocation.of(schema.get("$schema").asText())).validate(schema));
    }

    @Test
    void listsTheModelsOwnEnumValues() throws IOException {
        JsonNode defs = schema().get("$defs");

        assertEquals(namesAndNull(Depth.values()), strings(defs.at("/depthOrNull/enum")));
        assertEquals(namesAndNull(PrereqStatus.values()), strings(defs.at("/prereqStatusOrNull/enum")));
        assertEquals(namesAndNull(CognitiveLoad.values()), strings(defs.at("/cognitiveLoadOrNull/enum")));
        assertEquals(namesAndNull(FindingSeverity.values()), strings(defs.at("/severityOrNull/enum")));
        assertEquals(namesAndNull(Verdict.Kind.values()), strings(defs.at("/verdictKindOrNull/enum")));
    }

    /** lesson.json writes every key, null when unknown: each object of the schema requires all it defines. */
    @Test
    void requiresEveryPropertyOfEveryLessonJsonObject() throws IOException {
        JsonNode schema = schema();
        JsonNode defs = schema.get("$defs");
        List<JsonNode> objects = Stream.concat(Stream.of(schema), Stream.of("ordinal", "position", "lessonRef",
                "prerequisite", "review", "summary", "finding", "resolution", "checklist", "checklistItem")
                .map(defs::get)).toList();

        for (JsonNode object : objects) {
            List<String> properties = new ArrayList<>();
            object.get("properties").fieldNames().forEachRemaining(properties::add);
            properties.remove("$schema");
            assertEquals(properties, strings(object.get("required")));
            assertEquals(false, object.get("additionalProperties").asBoolean());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"golden/seed/pages/lesson.json", "render/golden/lessons/sample-lesson/lesson.json"})
    void acceptsTheGoldenLessonJsonFiles(String golden) throws IOException {
        JsonNode lesson = JSON.readTree(Files.readString(Repo.root().resolve("generator/src/test/resources/" + golden)));

        assertEquals(List.of(), LessonSchema.load().checkLesson(lesson));
    }

    @Test
    void acceptsAFrontMatterOfEveryKey() throws IOException {
        JsonNode frontMatter = JSON.readTree("{\"slug\": \"latent-consistency-and-turbo\", \"series\": 7, "
                + "\"seriesTitle\": \"Post-SD Advances\", \"module\": \"7.3\", \"moduleTitle\": \"Fast Generation\", "
                + "\"position\": {\"inModule\": 2, \"ofModule\": 3, \"inSeries\": 7, \"ofSeries\": 11}, "
                + "\"cognitiveLoad\": \"BUILD\", \"type\": \"lesson\", \"status\": \"draft\"}");

        assertEquals(List.of(), LessonSchema.load().checkFrontMatter(frontMatter));
    }

    @Test
    void rejectsTheSlugAssetsAndSlugsThatAreNoFolderName() throws IOException {
        LessonSchema schema = LessonSchema.load();

        assertEquals(List.of("front matter /slug: does not match the regex pattern "
                        + "^(?!assets$)[A-Za-z0-9][A-Za-z0-9_-]*$"),
                schema.checkFrontMatter(JSON.readTree("{\"slug\": \"assets\"}")).stream()
                        .map(v -> v.describe("front matter")).toList());
        assertEquals(1, schema.checkFrontMatter(JSON.readTree("{\"slug\": \"../x\"}")).size());
        assertEquals(0, schema.checkFrontMatter(JSON.readTree("{\"slug\": \"assets-lesson\"}")).size());
    }

    @Test
    void isPublishedInTheSiteAsItIsInTheJar() throws IOException {
        SiteRenderer renderer = SiteRenderers.oneOff((tex, display) -> {
            throw new AssertionError("no formulas to typeset");
        });
        List<RenderedFile> files = RenderedFiles.of(renderer, new CourseContent(Optional.empty(), List.of(), List.of(),
                List.of(), List.of()), new DiagnosticCollector());

        RenderedFile schema = files.stream().filter(f -> f.path().equals("lessons/schema/lesson.schema.json"))
                .findFirst().orElseThrow();
        assertArrayEquals(resource(), schema.content());
    }
}
