package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.render.RenderedFile;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the link check keeps of a page is what a real HTML parser finds in it. */
class PageLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "spec.html", "review.html"})
    void findsTheSameReferencesAndIdsAsJsoupInTheSeedsPages(String page) throws IOException {
        Path golden = Repo.root().resolve("generator/src/test/resources/golden/seed/pages").resolve(page);
        byte[] html = Files.readAllBytes(golden);
        Document parsed = Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.UTF_8));
        List<String> references = parsed.select("a[href], link[href], img[src], script[src]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).toList();

        PageLinks links = PageLinks.of(new RenderedFile("lessons/x/" + page, html));

        assertEquals(references, links.references());
        assertEquals(new HashSet<>(parsed.select("[id]").stream().map(Element::id).toList()), links.ids());
    }

    @org.junit.jupiter.api.Test
    void takesTheFirstLinkOfEachLinkingTagOnlyAndEveryIdAfterWhitespace() {
        String html = "<p id=\"top\"><abbr href=\"no\">x</abbr><aside src=\"no\"></aside>"
                + "<a class=\"c\" href=\"../b/?x=1&amp;y=2\" src=\"second\">b</a><a>none</a>"
                + "<img\nsrc=\"pic.png\"><link rel=\"s\" href=\"a>b.css\"><script src=\"k.js\"></script>"
                + "<span data-id=\"not\" id=\"a&amp;b\"></span><b\tid=\"tab\">text id=\"in-text\"</b>";

        PageLinks links = PageLinks.of(new RenderedFile("lessons/x/index.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertEquals(List.of("../b/?x=1&y=2", "pic.png", "a>b.css", "k.js"), links.references());
        assertEquals(java.util.Set.of("top", "a&b", "tab", "in-text"), links.ids());
    }

    @org.junit.jupiter.api.Test
    void readsLinksAndIdsWithOtherScriptsAfterTextInThem() {
        String html = "<p>−∑ é 数学 😀</p><a href=\"ü/é.html#naïve\">x</a><h2 id=\"naïve-数\">😀</h2>";

        PageLinks links = PageLinks.of(new RenderedFile("lessons/x/index.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertEquals(List.of("ü/é.html#naïve"), links.references());
        assertEquals(java.util.Set.of("naïve-数"), links.ids());
    }

    @org.junit.jupiter.api.Test
    void keepsNothingOfFilesThatAreNotPages() {
        PageLinks links = PageLinks.of(new RenderedFile("lessons/x/lesson.json", "{\"href\": \" id=\\\"x\\\"\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertEquals(List.of(), links.references());
        assertEquals(java.util.Set.of(), links.ids());
    }
}
