package dev.lectern.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Lesson;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import dev.lectern.render.LessonJson;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schema-violation: each lesson's lesson.json tree against the published schema, reported at source lines. */
class SchemaCheckTest {
    private static final String SEED = "series-7/module-7-3/lessons/latent-consistency-and-turbo.md";
    private static final LessonSchema SCHEMA = LessonSchema.load();
    private static CourseContent seed;

    @BeforeAll
    static void loadSeed() {
        seed = EditedContent.load(Repo.content());
    }

    private static List<Diagnostic> check(CourseContent content, Consumer<ObjectNode> change) {
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        new SchemaCheck(SCHEMA, lesson -> {
            ObjectNode tree = (ObjectNode) LessonJson.tree(lesson);
            change.accept(tree);
            return tree;
        }).check(content, diagnostics);
        return diagnostics.sorted();
    }

    private static Diagnostic violation(int line, String message) {
        return violation(line, 0, message);
    }

    private static Diagnostic violation(int line, int column, String message) {
        return new Diagnostic(SEED, line, column, Severity.ERROR, "schema-violation", message);
    }

    private static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    @Test
    void findsNothingInTheSeed() {
        assertEquals(List.of(), check(seed, tree -> { }));
    }

    @Test
    void findsNothingInTheCorpusLessons() {
        CourseContent corpus = EditedContent.load(Repo.corpus());

        assertEquals(18, corpus.lessons().size());
        assertEquals(List.of(), check(corpus, tree -> { }));
    }

    @Test
    void checksTheTreeLessonJsonIsWrittenFrom() throws IOException {
        Lesson lesson = seed.lessons().get(0);
        JsonNode written = new ObjectMapper().readTree(
                Files.readString(Repo.root().resolve("generator/src/test/resources/golden/seed/pages/lesson.json")));

        // as text: the tree holds the checklist counts as longs, a parsed file as ints; the items' statuses
        // depend on the build's diagnostics, which the schema check does not have (their shape is the same)
        assertEquals(withoutStatuses(written).toString(), withoutStatuses(LessonJson.tree(lesson)).toString());
    }

    private static JsonNode withoutStatuses(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        copy.get("checklists").forEach(list -> list.get("items").forEach(item ->
                ((ObjectNode) item).remove(List.of("status", "check", "rule", "reason", "evidence"))));
        return copy;
    }

    @Test
    void reportsARequiredDepthOutsideTheEnumAtItsPrerequisiteRow() {
        List<Diagnostic> found = check(seed, tree -> at(tree, "/prerequisites/8").put("required", "PROFICIENT"));

        assertEquals(List.of(violation(86, "lesson.json /prerequisites/8/required: does not have a value in the "
                + "enumeration [\"MENTIONED\", \"INTRODUCED\", \"DEVELOPED\", \"APPLIED\", null]")), found);
    }

    @Test
    void reportsBreaksInsideReviewsAndChecklistsAtTheNearestLineTheyHold() {
        List<Diagnostic> found = check(seed, tree -> {
            at(tree, "/reviews/0/findings/1").put("severity", "MINOR");
            at(tree, "/reviews/0/summary").put("polish", -2);
            at(tree, "/reviews/0").put("verdictKind", "REJECT");
            at(tree, "/checklists/0/items/2").put("checked", "yes");
            at(tree, "/position/inModule").put("index", 0);
        });

        assertEquals(List.of(
                violation(4, "lesson.json /position/inModule/index: must have a minimum value of 1"),
                violation(462, "lesson.json /reviews/0/verdictKind: does not have a value in the enumeration "
                        + "[\"PASS\", \"NEEDS_REVISION\", \"MAJOR_REVISION\", null]"),
                violation(464, "lesson.json /reviews/0/summary/polish: must have a minimum value of 0"),
                violation(482, "lesson.json /reviews/0/findings/1/severity: does not have a value in the enumeration "
                        + "[\"CRITICAL\", \"IMPROVEMENT\", \"POLISH\", null]"),
                violation(585, "lesson.json /checklists/0/items/2/checked: string found, boolean expected")), found);
    }

    @Test
    void reportsATopLevelValueAtItsMetadataFieldsValueAndTheRestAtTheFirstLine() {
        List<Diagnostic> found = check(seed, tree -> {
            tree.put("cognitiveLoad", "HEAVY");
            tree.put("module", "seven");
            tree.put("draft", true);
            tree.remove("checklists");
        });

        assertEquals(List.of(
                violation(1, "lesson.json: property 'draft' is not defined in the schema and the schema does not "
                        + "allow additional properties"),
                violation(1, "lesson.json: required property 'checklists' not found"),
                violation(4, 47, "lesson.json /module: does not match the regex pattern ^[0-9]+(\\.[0-9]+)?$"),
                violation(5, 21, "lesson.json /cognitiveLoad: does not have a value in the enumeration "
                        + "[\"BUILD\", \"STRETCH\", \"CONSOLIDATE\", null]")), found);
    }

    @Test
    void isOneOfTheStandardChecks(@TempDir Path dir) {
        // a position the parser reads but the schema refuses (an index from 1)
        CourseContent content = ContentTree.seedModule(dir)
                .change(SEED, "Lesson 2 of 3 in module", "Lesson 0 of 3 in module").load();

        assertEquals(List.of(violation(4, "lesson.json /position/inModule/index: must have a minimum value of 1")
                .format()), CheckRuns.formatted(EnumSet.of(Rule.SCHEMA_VIOLATION), content));
    }
}
