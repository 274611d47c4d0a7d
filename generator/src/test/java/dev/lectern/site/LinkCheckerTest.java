package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {

    private static final CourseContent NO_LESSONS = new CourseContent(Optional.empty(), List.of(), List.of(), List.of(),
            List.of());

    @Test
    void reportsMissingPagesAndFragmentsAndIgnoresLinksThatLeaveTheSite() {
        LinkChecker.Page a = new LinkChecker.Page("lessons/a/index.html", List.of("#top", "#gone", "../b/", "../b/#intro",
                "../b/#nowhere", "../c/", "spec.html#x", "https://example.org/", "../../index.html", "#top",
                "../b/"), Set.of("top"));
        LinkChecker.Page b = new LinkChecker.Page("lessons/b/index.html", List.of("../a/#top"), Set.of("intro"));

        List<String> reported = check(List.of(a, b));

        assertEquals(List.of(
                "lessons/a/index.html:0:0: warning[broken-link]: link '#gone' points at #gone, which lessons/a/index.html does not have",
                "lessons/a/index.html:0:0: warning[broken-link]: link '../b/#nowhere' points at #nowhere, which lessons/b/index.html does not have",
                "lessons/a/index.html:0:0: warning[broken-link]: link '../c/' points at lessons/c/index.html, which the site does not have",
                "lessons/a/index.html:0:0: warning[broken-link]: link 'spec.html#x' points at lessons/a/spec.html, which the site does not have"),
                reported);
    }

    @Test
    void resolvesTheSameReferenceAgainstEachPagesOwnFolder() {
        LinkChecker.Page a = new LinkChecker.Page("lessons/a/index.html", List.of("spec.html", "#s"), Set.of("s"));
        LinkChecker.Page aSpec = new LinkChecker.Page("lessons/a/spec.html", List.of("index.html#s"), Set.of());
        LinkChecker.Page b = new LinkChecker.Page("lessons/b/index.html", List.of("spec.html", "#s"), Set.of());

        assertEquals(List.of(
                "lessons/b/index.html:0:0: warning[broken-link]: link '#s' points at #s, which lessons/b/index.html does not have",
                "lessons/b/index.html:0:0: warning[broken-link]: link 'spec.html' points at lessons/b/spec.html, which the site does not have"),
                check(List.of(a, aSpec, b)));
    }

    @Test
    void keepsTheLinkOfEachLinkingTagAndEveryIdOfAPage() {
        String html = "<p id=\"top\"><abbr href=\"no\">x</abbr><aside src=\"no\"></aside>"
                + "<a class=\"c\" href=\"../b/?x=1&amp;y=2\" src=\"second\">b</a><a>none</a>"
                + "<img\nsrc=\"pic.png\"><link rel=\"s\" href=\"a>b.css\"><script src=\"k.js\"></script>"
                + "<span data-id=\"not\" id=\"a&amp;b\"></span><b\tid=\"tab\">text id=\"in-text\"</b>";

        LinkChecker.Page page = page("lessons/x/index.html", html);

        assertEquals(List.of("../b/?x=1&y=2", "pic.png", "a>b.css", "k.js"), page.references());
        assertEquals(Set.of("top", "a&b", "tab"), page.ids());
    }

    @Test
    void readsLinksAndIdsWithOtherScriptsAfterTextInThem() {
        LinkChecker.Page page = page("lessons/x/index.html",
                "<p>−∑ é 数学 😀</p><a href=\"ü/é.html#naïve\">x</a><h2 id=\"naïve-数\">😀</h2>");

        assertEquals(List.of("ü/é.html#naïve"), page.references());
        assertEquals(Set.of("naïve-数"), page.ids());
    }

    @Test
    void keepsNothingOfFilesThatAreNotPages() {
        LinkChecker.Page page = page("lessons/x/lesson.json", "{\"href\": \"<a href=\\\"x\\\" id=\\\"y\\\">\"}");

        assertEquals(List.of(), page.references());
        assertEquals(Set.of(), page.ids());
    }

    private static LinkChecker.Page page(String path, String html) {
        return LinkChecker.Page.of(new RenderedFile(path, html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> check(List<LinkChecker.Page> pages) {
        DiagnosticCollector sink = new DiagnosticCollector();
        new LinkChecker().check(pages, NO_LESSONS, sink);
        return sink.sorted().stream().map(Diagnostic::format).toList();
    }
}
