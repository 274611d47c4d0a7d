package dev.lectern.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code lessons/sitemap.xml}: the students' pages (course index, series and module pages, the
 * lessons students are shown) at their absolute addresses under the site's base URL, for search
 * engines. The authors' pages are left out, as they are marked {@code noindex}.
 */
final class Sitemap {
    static final String PATH = "lessons/sitemap.xml";

    private Sitemap() {
    }

    /** @param pages paths under the site ({@code lessons/index.html}), in the order to list them */
    static RenderedFile of(String baseUrl, List<String> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            xml.append("<url><loc>").append(escape(baseUrl + page.substring("lessons/".length())))
                    .append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        return new RenderedFile(PATH, xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
