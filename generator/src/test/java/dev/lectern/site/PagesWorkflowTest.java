package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GitHub Pages workflow publishes what the publish command, {@code mvn site}, makes. */
class PagesWorkflowTest {

    @Test
    void theWorkflowRunsTheReadmesPublishCommandAndUploadsTargetSiteWithThe404PageAtItsRoot() throws IOException {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(
                Repo.root().resolve(".github/workflows/pages.yml").toFile());
        List<String> runs = new ArrayList<>();
        String uploaded = "";
        for (JsonNode step : workflow.at("/jobs/build/steps")) {
            runs.add(step.path("run").asText());
            if (step.path("uses").asText().startsWith("actions/upload-pages-artifact@")) {
                uploaded = step.at("/with/path").asText();
            }
        }
        assertTrue(runs.contains("mvn -B -ntp site"), runs.toString());
        assertTrue(runs.stream().anyMatch(r -> r.contains("cp target/site/lessons/404.html target/site/404.html")));
        assertEquals("target/site", uploaded);
        assertEquals("actions/deploy-pages@v4", workflow.at("/jobs/deploy/steps/0/uses").asText());
    }
}
