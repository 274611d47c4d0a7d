package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.lectern.math.MathRenderer;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built seed site (with a draft, so the authors' way to it is followed too) published under a
 * sub-path, {@code http://host/course/}, as on GitHub Pages: a static server serves the output
 * folder there, and every link and asset of every page, found by following links from the course
 * index, the validation page, the 404 page and the sitemap, is fetched.
 */
@ExtendWith(SharedKatex.class)
class PublishedUnderAPrefixTest {
    private static final String PREFIX = "/course/";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    @TempDir
    static Path dir;
    private static HttpServer server;
    private static String origin;
    private static String lessons;

    /** Serves the output folder first, so the site can be built with its address as the base URL. */
    @BeforeAll
    static void buildAndServe(MathRenderer math) throws IOException {
        serve(dir.resolve("out"));
        lessons = origin + PREFIX + "lessons/";
        StudentSiteTest.build(math, dir, "site:\n  base-url: " + lessons + "\n");
    }

    /** A static host: files under {@code root} at {@link #PREFIX}, a folder's index.html, else lessons/404.html with 404. */
    private static void serve(Path root) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, exchange -> {
            try (exchange) {
                Path file = root.resolve(exchange.getRequestURI().getPath().substring(PREFIX.length())).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                boolean found = file.startsWith(root) && Files.isRegularFile(file);
                send(exchange, found ? 200 : 404, Files.readAllBytes(found ? file : root.resolve("lessons/404.html")));
            }
        });
        server.start();
        origin = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyLinkOfEveryPageLeadsToAPageOrAnAnchorUnderThePrefix() throws Exception {

        Deque<String> toVisit = new ArrayDeque<>(List.of(lessons + "index.html", lessons + "reports/validation.html",
                lessons + "404.html"));
        Document sitemap = Jsoup.parse(get(lessons + "sitemap.xml").body(), "", Parser.xmlParser());
        toVisit.addAll(sitemap.select("url > loc").eachText());
        Map<String, Document> pages = new HashMap<>();
        Set<String> fetched = new LinkedHashSet<>();
        List<String> broken = new ArrayList<>();
        List<String> notRelative = new ArrayList<>();
        Map<String, String> anchors = new HashMap<>(); // link with a fragment -> the page it is on
        while (!toVisit.isEmpty()) {
            String url = toVisit.pop();
            if (!fetched.add(url)) {
                continue;
            }
            HttpResponse<String> response = get(url);
            if (response.statusCode() != 200) {
                broken.add(url + " -> " + response.statusCode());
                continue;
            }
            if (!url.endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body(), url);
            pages.put(url, page);
            for (Element link : page.select("a[href], link[href], script[src], img[src]")) {
                String attribute = link.hasAttr("href") ? "href" : "src";
                String written = link.attr(attribute);
                String target = link.absUrl(attribute);
                boolean ours = target.startsWith(origin);
                // only the 404 page (served at any depth) and canonical links may name the site's own address
                if (ours && !written.startsWith("#") && !isRelative(written) && !url.endsWith("/404.html")
                        && !link.attr("rel").equals("canonical")) {
                    notRelative.add(url + ": " + written);
                }
                if (ours) {
                    assertTrue(target.startsWith(origin + PREFIX), url + " leaves the prefix: " + written);
                    String withoutFragment = target.replaceFirst("#.*", "");
                    if (target.contains("#")) {
                        anchors.put(target, url);
                    }
                    toVisit.add(withoutFragment);
                }
            }
        }
        for (Map.Entry<String, String> anchor : anchors.entrySet()) {
            String[] parts = anchor.getKey().split("#", 2);
            Document page = pages.get(parts[0]);
            if (page != null && page.getElementById(java.net.URLDecoder.decode(parts[1],
                    java.nio.charset.StandardCharsets.UTF_8)) == null) {
                broken.add(anchor.getValue() + " -> #" + parts[1]);
            }
        }

        assertEquals(List.of(), broken);
        assertEquals(List.of(), notRelative);
        assertTrue(fetched.contains(lessons + "the-speed-landscape/index.html"), "the draft is reached from the authors' pages");
        assertTrue(fetched.contains(lessons + "assets/katex/katex.min.css"));
        assertTrue(fetched.stream().filter(u -> u.contains("/assets/katex/fonts/")).findAny().isEmpty(),
                "fonts are loaded by the stylesheet, not linked");
        assertTrue(pages.size() > 8, pages.keySet().toString());
    }

    @Test
    void aMissingAddressAtAnyDepthGetsThe404PageWhoseLinksWork() throws Exception {

        HttpResponse<String> missing = get(lessons + "no-such-lesson/deeper/page.html");
        assertEquals(404, missing.statusCode());
        Document page = Jsoup.parse(missing.body(), lessons + "no-such-lesson/deeper/page.html");
        assertEquals("Page not found", page.selectFirst("h1").text());
        for (Element link : page.select("a[href]:not([href^=#]), link[href], script[src]")) {
            String url = link.absUrl(link.hasAttr("href") ? "href" : "src").replaceFirst("#.*", "");
            assertEquals(200, get(url).statusCode(), url);
        }
        assertFalse(page.select("link[href$=lectern.css]").isEmpty());
    }

    private static boolean isRelative(String link) {
        return !link.startsWith("/") && !link.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }
}
