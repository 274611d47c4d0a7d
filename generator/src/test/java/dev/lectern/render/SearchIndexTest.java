package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.model.Lesson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The students' search index: a section per document, linked to its heading, safe whatever the text. */
class SearchIndexTest {
    private static final String PREFIX = "window.lecternSearch = ";

    @Test
    void holdsEachOutlineSectionWithItsLessonModuleHeadingLinkAndText() throws Exception {
        JsonNode documents = documents(SearchIndex.of(List.of(new PublishedLesson(SampleLessons.lesson(),
                "sample-lesson")), Map.of("sample-lesson", "Module 1.2: Sample Module")));

        JsonNode first = documents.get(0);
        assertEquals("Sample & Test", first.get("title").asText());
        assertEquals("Module 1.2: Sample Module", first.get("module").asText());
        assertEquals(true, first.get("url").asText().startsWith("sample-lesson/index.html#"), first.toString());
        assertEquals(documents.size(), documents.findValues("heading").stream().filter(h -> !h.asText().isEmpty())
                .count());
        String page = new String(RenderedSite.sample().files.stream()
                .filter(f -> f.path().equals("lessons/sample-lesson/index.html")).findFirst().orElseThrow().content(),
                StandardCharsets.UTF_8);
        for (JsonNode d : documents) {
            String anchor = d.get("url").asText().replaceAll(".*#", "");
            assertEquals(true, page.contains("id=\"" + anchor + "\""), anchor);
        }
    }

    @Test
    void aTitleThatTriesToEndTheScriptIsOnlyText() throws Exception {
        String title = "</script><img src=x onerror=alert(1)> \"quoted\" " + "x".repeat(5000);
        Lesson lesson = SampleLessons.bareLesson("odd-lesson", null);
        Lesson titled = new Lesson(lesson.file(), lesson.fileSlug(), lesson.folderModuleId(),
                Optional.of(SampleLessons.md("Lesson: " + title, 1)), lesson.metadata(), lesson.preamble(),
                lesson.sections());
        RenderedFile index = SearchIndex.of(List.of(new PublishedLesson(titled, "odd-lesson")), Map.of());

        String script = new String(index.content(), StandardCharsets.UTF_8);
        assertFalse(script.contains("<"), "a raw < in the index");
        assertEquals(title, documents(index).get(0).get("title").asText());
    }

    private static JsonNode documents(RenderedFile index) throws Exception {
        String script = new String(index.content(), StandardCharsets.UTF_8);
        assertEquals(true, script.startsWith(PREFIX) && script.endsWith(";\n"));
        return new ObjectMapper().readTree(script.substring(PREFIX.length(), script.length() - 2));
    }
}
