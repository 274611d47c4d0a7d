package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.model.Lesson;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The students' search: an index entry per lesson (title, module, headings, the outline's distinct
 * words) and a file of its sections, each linked to its heading; safe whatever the text.
 */
class SearchIndexTest {
    private static final String INDEX_PREFIX = "window.lecternSearch = ";
    private static final String SECTIONS_PREFIX = "lecternSearchSections(\"sample-lesson\", ";

    private final SearchIndex.LessonSearch sample = SearchIndex.of(new PublishedLesson(SampleLessons.lesson(),
            "sample-lesson"), "Module 1.2: Sample Module");

    @Test
    void eachSectionOfTheOutlineLinksToItsHeadingOnTheLessonPage() throws Exception {
        JsonNode sections = sections(sample.sections());

        assertEquals("lessons/sample-lesson/search-sections.js", sample.sections().path());
        assertTrue(sections.size() > 1, sections.toString());
        String page = new String(RenderedSite.sample().files.stream()
                .filter(f -> f.path().equals("lessons/sample-lesson/index.html")).findFirst().orElseThrow().content(),
                StandardCharsets.UTF_8);
        for (JsonNode section : sections) {
            assertFalse(section.get("heading").asText().isEmpty(), section.toString());
            String url = section.get("url").asText();
            assertTrue(url.startsWith("sample-lesson/index.html#"), url);
            assertTrue(page.contains("id=\"" + url.replaceAll(".*#", "") + "\""), url);
        }
    }

    /** The index matches on words: each word of every section once, lower case, sorted; the headings apart. */
    @Test
    void theLessonsEntryHoldsItsTitleModuleHeadingsAndEachWordOfItsSectionsOnce() throws Exception {
        JsonNode entry = new ObjectMapper().readTree(sample.entry());
        JsonNode sections = sections(sample.sections());

        assertEquals("sample-lesson", entry.get("dir").asText());
        assertEquals("Sample & Test", entry.get("title").asText());
        assertEquals("Module 1.2: Sample Module", entry.get("module").asText());
        List<String> headings = new ArrayList<>();
        TreeSet<String> words = new TreeSet<>();
        for (JsonNode section : sections) {
            headings.add(section.get("heading").asText());
            Arrays.stream(section.get("text").asText().toLowerCase(Locale.ROOT).split("[\\s\\p{P}]+"))
                    .filter(w -> !w.isEmpty()).forEach(words::add);
        }
        assertEquals(String.join("\n", headings), entry.get("headings").asText());
        assertEquals(String.join(" ", words), entry.get("words").asText());
    }

    /** The seed's outline writes the lesson's voice as quoted lines; search shows them as the lesson page does. */
    @Test
    void aLineThatIsEntirelyAQuotationIsSearchedAndShownWithoutItsQuotationMarks() throws Exception {
        String text = seedSections();

        assertTrue(text.contains(" The only difference between 2 and 3 is a 4 MB LoRA file."), text);
        assertFalse(text.contains("\\\"The only difference"), text);
    }

    /** The seed's checks end each question with "(Answer: ...)"; a search snippet must not give the answer away. */
    @Test
    void aCheckQuestionIsSearchedWithoutTheAnswerThePageHidesBehindShowAnswer() throws Exception {
        String text = seedSections();

        assertTrue(text.contains("LCM is applied to the SD U-Net. Does the VAE change?"), text);
        assertFalse(text.contains("Answer:"), text);
        assertFalse(text.contains("The VAE is frozen"), text);
    }

    @Test
    void theIndexListsTheEntriesInTheOrderGiven() throws Exception {
        byte[] other = SearchIndex.of(new PublishedLesson(SampleLessons.bareLesson("other-lesson", null),
                "other-lesson"), "").entry();
        JsonNode index = index(SearchIndex.index(List.of(sample.entry(), other)));

        assertEquals(List.of("sample-lesson", "other-lesson"), List.of(index.get(0).get("dir").asText(),
                index.get(1).get("dir").asText()));
    }

    @Test
    void aTitleThatTriesToEndTheScriptIsOnlyText() throws Exception {
        String title = "</script><img src=x onerror=alert(1)> \"quoted\" " + "x".repeat(5000);
        Lesson lesson = SampleLessons.bareLesson("odd-lesson", null);
        Lesson titled = new Lesson(lesson.file(), lesson.fileSlug(), lesson.folderModuleId(),
                Optional.of(SampleLessons.md("Lesson: " + title, 1)), lesson.metadata(), lesson.preamble(),
                lesson.sections(), lesson.links());
        SearchIndex.LessonSearch search = SearchIndex.of(new PublishedLesson(titled, "odd-lesson"), "</script>");
        RenderedFile index = SearchIndex.index(List.of(search.entry()));

        assertFalse(new String(index.content(), StandardCharsets.UTF_8).contains("<"), "a raw < in the index");
        assertFalse(new String(search.sections().content(), StandardCharsets.UTF_8).contains("<"),
                "a raw < in the sections");
        assertEquals(title, index(index).get(0).get("title").asText());
    }

    /** The seed's search-sections.js, as text. */
    private static String seedSections() {
        Lesson seed = EditedContent.load(Repo.content()).lessons().get(0);
        return new String(SearchIndex.of(new PublishedLesson(seed, "latent-consistency-and-turbo"), "")
                .sections().content(), StandardCharsets.UTF_8);
    }

    private static JsonNode index(RenderedFile index) throws Exception {
        return script(index, INDEX_PREFIX, ";\n");
    }

    private static JsonNode sections(RenderedFile sections) throws Exception {
        return script(sections, SECTIONS_PREFIX, ");\n");
    }

    private static JsonNode script(RenderedFile file, String prefix, String suffix) throws Exception {
        String script = new String(file.content(), StandardCharsets.UTF_8);
        assertTrue(script.startsWith(prefix) && script.endsWith(suffix), script);
        return new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - suffix.length()));
    }
}
