package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.render.DiagnosticCounts;
import dev.lectern.site.DiagnosticFormats;
import dev.lectern.site.Lectern;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} through the real Lectern. Checking typesets nothing, so these tests never start
 * KaTeX; the build is covered by the site build tests and by CI running the jar.
 */
class LecternCliEndToEndTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new LecternCli(Lectern::open, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void checkOfTheRepositorysContentExitsZeroAndBothFormatsAgree() throws IOException {
        String content = Repo.content().toString();
        String cache = temp.resolve("cache").toString();

        int textCode = run("check", content, "--cache", cache, "--min-severity", "info");
        // the diagnostics' own lines; the excerpts under them start with the line-number gutter
        List<String> textLines = out.toString().lines().filter(line -> !line.startsWith(" ")).toList();
        out.getBuffer().setLength(0);
        int jsonCode = run("check", content, "--cache", cache, "--format", "json");
        JsonNode json = new ObjectMapper().readTree(out.toString());

        assertEquals(0, textCode, err.toString());
        assertEquals(0, jsonCode, err.toString());
        assertEquals(0, json.get("summary").get("errors").asInt());
        List<String> fromJson = new ArrayList<>();
        for (JsonNode d : json.get("diagnostics")) {
            fromJson.add(d.get("file").asText() + ":" + d.get("line").asInt() + ":" + d.get("column").asInt() + ": "
                    + d.get("severity").asText() + "[" + d.get("rule").asText() + "]: " + d.get("message").asText());
        }
        JsonNode summary = json.get("summary");
        fromJson.add(new DiagnosticFormats.Summary(new DiagnosticCounts(summary.get("errors").asLong(),
                summary.get("warnings").asLong(), summary.get("infos").asLong()), summary.get("files").asLong()).line());
        // the text puts the most severe first, the JSON keeps location order
        assertEquals(textLines.stream().sorted().toList(), fromJson.stream().sorted().toList());
    }

    @Test
    void checkOfALessonThatIsNotUtf8ExitsOne() throws IOException {
        Path lessons = Files.createDirectories(temp.resolve("content/series-1/module-1-1/lessons"));
        byte[] title = {'#', ' ', 'L', 'e', 's', 's', 'o', 'n', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        byte[] metadata = "\n**Slug:** `broken`\n**Module:** 1.1\n**Position:** Lesson 1 of 1\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(lessons.resolve("broken.md"), java.nio.ByteBuffer.allocate(title.length + metadata.length)
                .put(title).put(metadata).array());
        String content = temp.resolve("content").toString();

        int code = run("check", content, "--cache", temp.resolve("cache").toString());

        assertEquals(1, code, out.toString());
        assertEquals(content + "/series-1/module-1-1/lessons/broken.md:1:11: error[invalid-utf8]: bytes that are not "
                + "UTF-8 are shown as \uFFFD; save the file as UTF-8\n"
                + "     1 | # Lesson: \uFFFD(\n"
                + "       |           ^\n"
                + "1 error, 0 warnings, 0 infos in 1 file\n", out.toString());
    }
}
