package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SARIF 2.1.0 log of {@code check --format sarif}, read back and compared node by node. */
class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Diagnostic COLOUR = new Diagnostic("series-7/module-7-3/lessons/lcm.md", 395, 15,
            Severity.WARNING, "unknown-component-color", "GradientCard colour 'fuchsia' is not in the palette");
    private static final Diagnostic SLUG = new Diagnostic("series-7/module-7-3/lessons/lcm.md", 3, 0,
            Severity.ERROR, "slug-mismatch", "the slug differs from the file name");
    private static final Diagnostic FILE = new Diagnostic("course.md", 0, 0, Severity.INFO, "unknown-file",
            "not published");

    private static JsonNode sarif(List<Diagnostic> diagnostics, String shownUnder) throws Exception {
        return JSON.readTree(SarifReport.write(diagnostics, shownUnder, "0.1.0"));
    }

    private static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void isOneSarif210RunOfTheLecternTool() throws Exception {
        JsonNode log = sarif(List.of(), "content");

        assertEquals(List.of("$schema", "version", "runs"), fieldNames(log));
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.get("$schema").asText());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(1, log.get("runs").size());
        JsonNode run = log.get("runs").get(0);
        assertEquals(List.of("tool", "results"), fieldNames(run));
        assertEquals(List.of("name", "version", "rules"), fieldNames(run.get("tool").get("driver")));
        assertEquals("lectern", run.get("tool").get("driver").get("name").asText());
        assertEquals("0.1.0", run.get("tool").get("driver").get("version").asText());
        assertEquals(json(List.of()), run.get("results"));
    }

    @Test
    void theDriverDescribesEveryRuleOfTheCatalogWithItsDefaultLevel() throws Exception {
        JsonNode rules = sarif(List.of(), "content").get("runs").get(0).get("tool").get("driver").get("rules");

        List<Object> expected = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            expected.add(Map.of("id", rule.id(), "shortDescription", Map.of("text", rule.description()),
                    "defaultConfiguration", Map.of("level", SarifReport.level(rule.defaultSeverity()))));
        }
        assertEquals(json(expected), rules);
        assertEquals(json(Map.of("id", "open-critical",
                        "shortDescription", Map.of("text", "the latest review has a CRITICAL finding: the lesson is not publishable"),
                        "defaultConfiguration", Map.of("level", "error"))),
                rules.get(Rule.OPEN_CRITICAL.ordinal()));
        assertEquals("note", rules.get(Rule.UNKNOWN_FILE.ordinal()).get("defaultConfiguration").get("level").asText());
    }

    @Test
    void eachDiagnosticIsAResultWithItsRuleLevelMessageFileAndPosition() throws Exception {
        JsonNode results = sarif(List.of(COLOUR, SLUG, FILE), "content").get("runs").get(0).get("results");

        assertEquals(json(List.of(
                result("unknown-component-color", Rule.UNKNOWN_COMPONENT_COLOR, "warning",
                        "GradientCard colour 'fuchsia' is not in the palette",
                        location("content/series-7/module-7-3/lessons/lcm.md", Map.of("startLine", 395, "startColumn", 15))),
                result("slug-mismatch", Rule.SLUG_MISMATCH, "error", "the slug differs from the file name",
                        location("content/series-7/module-7-3/lessons/lcm.md", Map.of("startLine", 3))),
                result("unknown-file", Rule.UNKNOWN_FILE, "note", "not published", location("content/course.md", null)))),
                results);
    }

    @Test
    void aContentFolderGivenAbsolutelyGivesFileUrisWithoutABase() throws Exception {
        Path dir = Path.of("/srv/my course").toAbsolutePath();

        JsonNode artifact = sarif(List.of(FILE), dir.toString()).get("runs").get(0).get("results").get(0)
                .get("locations").get(0).get("physicalLocation").get("artifactLocation");

        assertEquals(json(Map.of("uri", dir.resolve("course.md").toUri().toString())), artifact);
        assertEquals(true, artifact.get("uri").asText().endsWith("/my%20course/course.md"));
    }

    @Test
    void relativePathsAreEscapedAsUriReferences() throws Exception {
        JsonNode results = sarif(List.of(new Diagnostic("notes/a b#1.md", 1, 1, Severity.INFO, "unknown-file", "x"),
                new Diagnostic("c:d.md", 1, 1, Severity.INFO, "unknown-file", "x")), ".").get("runs").get(0).get("results");

        assertEquals("notes/a%20b%231.md", results.get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText());
        assertEquals("./c:d.md", results.get(1).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText());
    }

    @Test
    void aRuleOutsideTheCatalogHasNoRuleIndex() throws Exception {
        JsonNode result = sarif(List.of(new Diagnostic("a.md", 1, 1, Severity.WARNING, "someone-elses", "x")), ".")
                .get("runs").get(0).get("results").get(0);

        assertEquals(List.of("ruleId", "level", "message", "locations"), fieldNames(result));
    }

    private static Map<String, Object> result(String id, Rule rule, String level, String message, Object location) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", id);
        result.put("ruleIndex", rule.ordinal());
        result.put("level", level);
        result.put("message", Map.of("text", message));
        result.put("locations", List.of(location));
        return result;
    }

    private static Map<String, Object> location(String uri, Map<String, Integer> region) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uri, "uriBaseId", "%SRCROOT%"));
        if (region != null) {
            physical.put("region", region);
        }
        return Map.of("physicalLocation", physical);
    }
}
