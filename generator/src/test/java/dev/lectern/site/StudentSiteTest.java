package dev.lectern.site;

import dev.lectern.testing.SiteRenderers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.math.MathRenderer;
import dev.lectern.model.Diagnostic;
import dev.lectern.parse.GuardedParsing;
import dev.lectern.testing.DraftBesideSeed;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What students are shown of the seed course with a draft beside the seed lesson (the module's third
 * lesson, its latest verdict not a PASS), as {@code lectern.yaml}'s {@code site} settings decide.
 */
@ExtendWith(SharedKatex.class)
class StudentSiteTest {
    private static final String SEED = "latent-consistency-and-turbo/";

    /** The seed course with the draft, and {@code yaml} as its lectern.yaml when not empty, built into {@code out}. */
    static BuildResult build(MathRenderer math, Path dir, String yaml) {
        Path content = DraftBesideSeed.write(dir.resolve("content"), yaml);
        try (Lectern lectern = new Lectern(new GuardedParsing(2), math, SiteRenderers.oneOff(math)::render,
                Optional.empty(), SiteSwitch.Steps.NONE)) {
            return lectern.build(content, dir.resolve("out"));
        }
    }

    private static Document page(Path dir, String path) throws IOException {
        return Jsoup.parse(dir.resolve("out/lessons").resolve(path).toFile(), "UTF-8");
    }

    private static String text(Path dir, String path) throws IOException {
        return Files.readString(dir.resolve("out/lessons").resolve(path));
    }

    @Test
    void aDraftIsLeftOutOfTheStudentsIndexModulePagePreviousNextModuleListAndSearch(MathRenderer math,
                                                                                   @TempDir Path dir) throws IOException {
        build(math, dir, "");

        for (String path : List.of("index.html", "modules/7-3.html", "series/7.html", SEED + "index.html")) {
            assertEquals(List.of(), page(dir, path).select("main a[href*=the-speed-landscape/], aside a[href*=the-speed-landscape/]")
                    .eachAttr("href"), path);
        }
        Document seed = page(dir, SEED + "index.html");
        assertEquals(List.of(), seed.select("a[rel=next], a[rel=prev]").eachAttr("href"));
        assertFalse(text(dir, "search-index.js").contains("zebrafinch"));
        assertTrue(text(dir, "search-index.js").contains("Latent Consistency"));
        // nothing would load the draft's search sections: they are not published
        assertFalse(Files.exists(dir.resolve("out/lessons/the-speed-landscape/search-sections.js")));
        assertTrue(Files.isRegularFile(dir.resolve("out/lessons/" + SEED + "search-sections.js")));
    }

    /**
     * A written draft is not a lesson still to be written: students read its title as "in preparation", with the
     * plan's line on it, where they read the plan's line as "planned" before; the course page counts it so.
     */
    @Test
    void aDraftIsListedToStudentsByItsTitleAsInPreparationNotAsPlanned(MathRenderer math, @TempDir Path dir)
            throws IOException {
        build(math, dir, "");

        String listed = "The Speed Landscape in preparation " + DraftBesideSeed.PLANNED;
        String notWritten = "Self-consistency of ODE trajectories; the consistency function; consistency distillation"
                + " planned";
        for (String path : List.of("index.html", "modules/7-3.html", "series/7.html")) {
            Document page = page(dir, path);
            assertEquals(List.of(listed), page.select("li.lesson-entry.draft").eachText(), path);
            assertEquals(List.of(), page.select("li.lesson-entry.draft a"), path);
            assertEquals(List.of(notWritten), page.select("li.lesson-entry.planned").eachText(), path);
        }
        assertEquals("1 lesson published, 1 in preparation, 1 planned",
                page(dir, "index.html").selectFirst(".page-kind").text());
        assertEquals(List.of(notWritten, "Latent Consistency & Turbo", "The Speed Landscape in preparation"),
                page(dir, SEED + "index.html").select("aside.module-lessons li").eachText());
        // on the draft's own page (for authors) its entry is the current one
        Document draft = page(dir, "the-speed-landscape/index.html");
        assertEquals(List.of("The Speed Landscape in preparation"),
                draft.select("aside.module-lessons li.current").eachText());
        assertEquals(List.of("The Speed Landscape"), draft.select("aside.module-lessons [aria-current=page]").eachText());
    }

    @Test
    void aDraftKeepsItsPagesWithTheBannerAndIsReachedFromTheAuthorsPages(MathRenderer math, @TempDir Path dir)
            throws IOException {
        BuildResult result = build(math, dir, "");

        Document draft = page(dir, "the-speed-landscape/index.html");
        assertEquals("Draft", draft.selectFirst(".draft-banner .draft-label").text());
        assertEquals(List.of("../index.html", "../series/7.html", "../modules/7-3.html"),
                draft.select("nav.breadcrumb a").eachAttr("href"));
        assertEquals(List.of(), draft.select("a[rel=next], a[rel=prev]").eachAttr("href"));
        assertTrue(page(dir, "reports/validation.html").select("a[href]").eachAttr("href")
                .contains("../the-speed-landscape/index.html"));
        assertTrue(Files.isRegularFile(dir.resolve("out/lessons/the-speed-landscape/spec.html")));
        assertEquals(List.of(), brokenLinks(result));
    }

    @Test
    void lecternYamlCanListDraftsToStudents(MathRenderer math, @TempDir Path dir) throws IOException {
        build(math, dir, "site:\n  drafts-for-students: true\n");

        assertEquals(List.of("../the-speed-landscape/index.html"),
                page(dir, SEED + "index.html").select("a[rel=next]").eachAttr("href"));
        assertTrue(page(dir, "modules/7-3.html").select("main a").eachAttr("href")
                .contains("../the-speed-landscape/index.html"));
        assertTrue(text(dir, "search-index.js").contains("zebrafinch"));
        assertTrue(Files.isRegularFile(dir.resolve("out/lessons/the-speed-landscape/search-sections.js")));
        assertEquals("Draft", page(dir, "the-speed-landscape/index.html").selectFirst(".draft-label").text());
    }

    @Test
    void aStudentsOnlySiteHasNoAuthorsPagesNorLinksToThem(MathRenderer math, @TempDir Path dir) throws IOException {
        BuildResult result = build(math, dir, "site:\n  author-pages: false\n");

        Path lessons = dir.resolve("out/lessons");
        List<String> files;
        try (Stream<Path> walk = Files.walk(lessons)) {
            files = walk.filter(Files::isRegularFile).map(p -> lessons.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("assets/")).sorted().toList();
        }
        assertEquals(List.of("404.html", "index.html", SEED + "index.html", SEED + "search-sections.js", "modules/7-3.html", "search-index.js",
                "search.html", "series/7.html"), files);
        for (String html : files.stream().filter(f -> f.endsWith(".html")).toList()) {
            assertEquals(List.of(), page(dir, html).select("a[href]").eachAttr("href").stream()
                    .filter(h -> h.contains("spec.html") || h.contains("review.html") || h.contains("reports/")
                            || h.contains("lesson.json")).toList(), html);
            assertEquals(List.of(), page(dir, html).select(".for-authors"), html);
        }
        assertEquals(List.of(), brokenLinks(result));
    }

    @Test
    void aBaseUrlGivesStudentPagesACanonicalLinkAndTheSiteASitemapOfThemAlone(MathRenderer math, @TempDir Path dir)
            throws IOException {
        build(math, dir, "site:\n  base-url: https://example.org/ml/lessons\n");
        String base = "https://example.org/ml/lessons/";

        assertEquals(base + SEED + "index.html", page(dir, SEED + "index.html")
                .selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(base + "modules/7-3.html", page(dir, "modules/7-3.html")
                .selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(List.of(), page(dir, SEED + "spec.html").select("link[rel=canonical]"));
        Document sitemap = Jsoup.parse(text(dir, "sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(List.of(base + "index.html", base + "series/7.html", base + "modules/7-3.html",
                base + SEED + "index.html"), sitemap.select("url > loc").eachText());
        Document notFound = page(dir, "404.html");
        assertEquals(List.of(base + "index.html"), notFound.select("main a").eachAttr("href"));
        assertEquals(base + "assets/lectern.css", notFound.selectFirst("link[href$=lectern.css]").attr("href"));
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapNorCanonicalLinkAndThe404PageLinksRelatively(MathRenderer math,
                                                                                    @TempDir Path dir)
            throws IOException {
        build(math, dir, "");

        assertFalse(Files.exists(dir.resolve("out/lessons/sitemap.xml")));
        assertEquals(List.of(), page(dir, "index.html").select("link[rel=canonical]"));
        assertEquals(List.of("index.html"), page(dir, "404.html").select("main a").eachAttr("href"));
    }

    private static List<String> brokenLinks(BuildResult result) {
        return result.diagnostics().stream().filter(d -> d.rule().equals("broken-link")).map(Diagnostic::format)
                .toList();
    }
}
