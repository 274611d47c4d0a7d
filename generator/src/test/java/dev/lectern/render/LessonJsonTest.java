package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class LessonJsonTest {
    private static final RenderedSite SITE = RenderedSite.sample();

    private final JsonNode json = read("lessons/sample-lesson/lesson.json");

    private static JsonNode read(String path) {
        try {
            return new ObjectMapper().readTree(SITE.text(path));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> keys(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }

    @Test
    void holdsTheLessonsIdentityInAFixedKeyOrder() {
        assertEquals(List.of("slug", "title", "file", "module", "moduleTitle", "series", "seriesTitle", "position",
                "cognitiveLoad", "type", "status", "prerequisites", "reviews", "checklists"), keys(json));
        assertEquals("sample-lesson", json.get("slug").asText());
        assertEquals("Sample & Test", json.get("title").asText());
        assertEquals(SampleLessons.FILE, json.get("file").asText());
        assertEquals("1.2", json.get("module").asText());
        assertEquals(1, json.get("series").asInt());
        assertEquals("BUILD", json.get("cognitiveLoad").asText());
        assertEquals(true, json.get("type").isNull());
    }

    @Test
    void givesThePositionInModuleAndSeries() {
        JsonNode position = json.get("position");
        assertEquals("{\"inModule\":{\"index\":2,\"total\":3,\"openEnded\":false},\"inSeries\":null,"
                + "\"text\":\"Lesson 2 of 3 in module\",\"line\":4}", position.toString());
    }

    @Test
    void listsEveryPrerequisiteRowWithItsLine() {
        JsonNode rows = json.get("prerequisites");
        assertEquals(3, rows.size());
        assertEquals("{\"concept\":\"GANs\",\"required\":\"INTRODUCED\",\"actual\":\"MENTIONED\","
                + "\"source\":\"from-pixels-to-latents (6.3.5)\",\"sourceLessons\":[{\"slug\":\"from-pixels-to-latents\","
                + "\"module\":\"6.3\",\"position\":5}],\"status\":\"GAP\",\"statusText\":\"GAP\","
                + "\"reasoning\":\"Only named.\",\"line\":26}", rows.get(1).toString());
        assertEquals(true, rows.get(2).get("actual").isNull());
        assertEquals("[]", rows.get(2).get("sourceLessons").toString());
        assertEquals("MISSING", rows.get(2).get("status").asText());
    }

    @Test
    void listsReviewsWithSummaryVerdictAndFindings() {
        JsonNode reviews = json.get("reviews");
        assertEquals(2, reviews.size());
        JsonNode first = reviews.get(0);
        assertEquals(List.of("iteration", "plannedIterations", "date", "heading", "line", "verdict", "verdictKind",
                "summary", "findings", "resolutionCheck"), keys(first));
        assertEquals(1, first.get("iteration").asInt());
        assertEquals("2026-02-20", first.get("date").asText());
        assertEquals("MAJOR REVISION", first.get("verdict").asText());
        assertEquals("MAJOR_REVISION", first.get("verdictKind").asText());
        assertEquals("{\"critical\":1,\"improvement\":2,\"polish\":1,\"line\":112}", first.get("summary").toString());
        assertEquals(List.of("CRITICAL", "IMPROVEMENT", "POLISH"),
                StreamSupport.stream(first.get("findings").spliterator(), false)
                        .map(f -> f.get("severity").asText()).toList());
        assertEquals("{\"severity\":\"CRITICAL\",\"severityText\":\"CRITICAL\",\"title\":\"Missing contrastive example\","
                + "\"line\":116,\"location\":\"Section 8\",\"issue\":\"No example of $x_0$ output.\","
                + "\"studentImpact\":\"Stays abstract.\",\"suggestedFix\":\"Add two cards.\"}",
                first.get("findings").get(0).toString());
        assertEquals(true, first.get("findings").get(1).get("location").isNull());
        JsonNode second = reviews.get(1);
        assertEquals("PASS", second.get("verdictKind").asText());
        assertEquals("{\"critical\":0,\"improvement\":null,\"polish\":null,\"line\":141}",
                second.get("summary").toString());
        assertEquals("[{\"finding\":\"Missing contrastive example\",\"severity\":\"CRITICAL\",\"status\":\"RESOLVED\","
                + "\"howResolved\":\"Two cards added.\",\"line\":146}]", second.get("resolutionCheck").toString());
    }

    @Test
    void listsChecklistsWithTheirItems() {
        JsonNode lists = json.get("checklists");
        assertEquals(2, lists.size());
        assertEquals("{\"name\":\"Pedagogical Design\",\"line\":156,\"checked\":1,\"total\":2,\"items\":["
                + "{\"text\":\"Narrative stated\",\"checked\":true,\"line\":157,\"status\":\"verified\","
                + "\"check\":\"the narrative motivation is stated\",\"rule\":null,\"reason\":\"the specification has "
                + "its Narrative Arc part\",\"evidence\":[{\"line\":42,\"rule\":null,\"message\":\"Narrative Arc\"}]},"
                + "{\"text\":\"Three modalities\",\"checked\":false,\"line\":158,\"status\":\"unknown\","
                + "\"check\":\"at least 3 modalities, each with a rationale\",\"rule\":\"checklist-unchecked\","
                + "\"reason\":\"the lesson is not planned (no Phase 2 or 3)\",\"evidence\":[]}]}", lists.get(1).toString());
        assertEquals("Each traced via the records", lists.get(0).get("items").get(1).get("text").asText());
    }

    @Test
    void isPrettyPrintedWithUnixLineEnds() {
        String text = SITE.text("lessons/sample-lesson/lesson.json");
        assertEquals(List.of("{", "  \"slug\": \"sample-lesson\",", "  \"title\": \"Sample & Test\","),
                text.lines().limit(3).toList());
        assertEquals(false, text.contains("\r"));
        assertEquals(true, text.endsWith("}\n"));
    }

    @Test
    void writesNullsAndEmptyListsForALessonThatSaysLittle() {
        JsonNode bare = read("lessons/stray-lesson/lesson.json");
        assertEquals("{\"slug\":\"stray-lesson\",\"title\":\"stray-lesson\",\"file\":\"lessons/stray-lesson.md\","
                + "\"module\":null,\"moduleTitle\":null,\"series\":null,\"seriesTitle\":null,\"position\":null,"
                + "\"cognitiveLoad\":null,\"type\":null,\"status\":null,\"prerequisites\":[],\"reviews\":[],"
                + "\"checklists\":[]}", bare.toString());
    }
}
