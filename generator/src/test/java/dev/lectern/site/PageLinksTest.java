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
}
