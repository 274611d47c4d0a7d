package dev.lectern.site;

import dev.lectern.testing.SiteRenderers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.math.MathRenderer;
import dev.lectern.model.Diagnostic;
import dev.lectern.parse.GuardedParsing;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course written to break the students' site, built from Markdown: titles and card titles that try
 * to end a script or add markup, a 5,000-character title, and a module with no plan whose lessons
 * state no position or the same one twice.
 */
@ExtendWith(SharedKatex.class)
class BadInputSiteTest {
    private static final String EVIL = "</script><img src=x onerror=alert(1)> \"quoted\" & 'single' <b>bold</b>";
    /** A card title is Markdown, where inline HTML is cleaned rather than shown: only what cannot run is tried. */
    private static final String CARD = "</script><script>alert(3)</script> Card & 1 < 2";
    private static final String LONG = "Long " + "x".repeat(5000);
    private static final String MODULE = "series-9/module-9-1/lessons/";

    @TempDir
    static Path dir;
    private static BuildResult result;
    private static Path lessons;

    private static String lesson(String slug, String title, String position, String outline) {
        return "# Lesson: " + title + "\n\n**Slug:** `" + slug + "`\n**Series:** 9 (Odd), **Module:** 9.1 (No Plan)"
                + (position.isEmpty() ? "" : ", **Position:** " + position) + "\n\n## Phase 3: Design\n\n"
                + "### Lesson Outline\n\n#### 1. Start\n\n" + outline + "\n";
    }

    @BeforeAll
    static void build(MathRenderer math) {
        Path content = dir.resolve("content");
        EditedContent.write(content, "lectern.yaml", "site:\n  drafts-for-students: true\n"); // none has a review
        EditedContent.write(content, MODULE + "evil.md", lesson("evil", EVIL, "Lesson 1 of 3 in module",
                "GradientCard (blue): " + CARD + " -- the card's body </script><script>alert(2)</script>\n\n"
                        + "The body names the kestrel."));
        EditedContent.write(content, MODULE + "long.md", lesson("long", LONG, "Lesson 2 of 3 in module", "Plain."));
        EditedContent.write(content, MODULE + "clash.md", lesson("clash", "Clash", "Lesson 2 of 3 in module",
                "Plain."));
        EditedContent.write(content, MODULE + "no-position.md", lesson("no-position", "No position", "", "Plain."));
        try (Lectern lectern = new Lectern(new GuardedParsing(2), math, SiteRenderers.oneOff(math)::render,
                Optional.empty(), SiteSwitch.Steps.NONE)) {
            result = lectern.build(content, dir.resolve("out"));
        }
        lessons = dir.resolve("out/lessons");
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(lessons.resolve(path).toFile(), "UTF-8");
    }

    private static List<String> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(lessons)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> lessons.relativize(p).toString()).sorted()
                    .toList();
        }
    }

    @Test
    void titlesThatTryToAddMarkupAreOnlyTextAndCardTitlesRunNothingOnEveryPage() throws IOException {
        for (String path : htmlPages()) {
            Document page = page(path);
            assertEquals(List.of(), page.select("img, [onerror], b:containsOwn(bold)"), path);
            assertEquals(List.of(), page.select("script:not([src])").eachText().stream()
                    .filter(s -> s.contains("alert")).toList(), path);
        }
        Document evil = page("evil/index.html");
        assertEquals(EVIL, evil.selectFirst("h1").text());
        assertEquals(EVIL, evil.title());
        assertTrue(evil.select("[data-component=GradientCard]").text().contains("Card & 1 < 2"),
                evil.select("[data-component=GradientCard]").text());
        assertEquals(EVIL, page("evil/spec.html").selectFirst("h1").text());
        assertTrue(page("index.html").select("a.lesson-title").eachText().contains(EVIL));
        assertTrue(page("modules/9-1.html").select("a.lesson-title").eachText().contains(EVIL));
        assertEquals(EVIL, page("clash/index.html").selectFirst("a[rel=prev]").ownText());
    }

    @Test
    void theSearchFilesHoldTheTitlesAndCardTitlesAsTextThatCannotEndTheirScripts() throws IOException {
        String index = Files.readString(lessons.resolve("search-index.js"));
        assertFalse(index.contains("<"), "a raw < in the search index");
        assertTrue(index.contains("\\u003C/script>\\u003Cimg src=x onerror=alert(1)> \\\"quoted\\\""),
                "the title, escaped");
        assertTrue(index.contains(LONG), "the long title, whole");
        assertTrue(index.contains("kestrel"));
        String sections = Files.readString(lessons.resolve("evil/search-sections.js"));
        assertFalse(sections.contains("<"), "a raw < in the lesson's search sections");
        assertTrue(sections.contains("Card & 1 \\u003C 2"), "the card title, escaped");
    }

    @Test
    void aFiveThousandCharacterTitleIsShownWhole() throws IOException {
        assertEquals(LONG, page("long/index.html").selectFirst("h1").text());
        assertEquals(LONG, page("no-position/index.html").selectFirst("a[rel=prev]").ownText());
    }

    /**
     * The module has no plan, so the stated positions order it, then file names: evil (1), clash and
     * long (both 2: by file name), no-position (none, last). Each is reached once either way.
     */
    @Test
    void lessonsWithAClashingOrNoPositionInAModuleWithNoPlanStillFormOneChainEachReachedOnce() throws IOException {
        List<String> forward = chain("evil", "next");
        assertEquals(List.of("evil", "clash", "long", "no-position"), forward);
        assertEquals(List.of("no-position", "long", "clash", "evil"), chain("no-position", "prev"));
        assertEquals(forward, page("modules/9-1.html").select("a.lesson-title").eachAttr("href").stream()
                .map(h -> h.replace("../", "").replace("/index.html", "")).toList());
    }

    @Test
    void theClashAndTheMissingPositionAreReportedOnTheirLessons() {
        List<String> found = result.diagnostics().stream()
                .filter(d -> d.rule().equals("position-mismatch") || d.rule().equals("missing-metadata"))
                .map(d -> d.file() + " " + d.rule()).toList();
        assertTrue(found.contains(MODULE + "no-position.md missing-metadata"), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.endsWith("position-mismatch")
                && (f.startsWith(MODULE + "long.md") || f.startsWith(MODULE + "clash.md"))), found.toString());
        assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.rule().equals("broken-link"))
                .map(Diagnostic::format).toList());
    }

    /** The folders met following {@code rel} from {@code start}, stopping at the end or after ten steps. */
    private static List<String> chain(String start, String rel) throws IOException {
        List<String> met = new ArrayList<>();
        String at = start;
        for (int step = 0; step < 10 && at != null; step++) {
            met.add(at);
            Element link = page(at + "/index.html").selectFirst("a[rel=" + rel + "]");
            at = link == null ? null : link.attr("href").replace("../", "").replace("/index.html", "");
        }
        return met;
    }
}
