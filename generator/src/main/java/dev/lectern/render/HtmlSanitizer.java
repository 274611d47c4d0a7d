package dev.lectern.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML that came from content (raw HTML blocks; inline Markdown with raw HTML, links or
 * images) with a jsoup safelist: no scripts, no event handlers, no {@code style}, and link and
 * image URLs only with {@code http}, {@code https}, {@code mailto} or {@code ftp} (or none).
 * Relative links survive; they are resolved against a dummy base only to check their protocol.
 */
final class HtmlSanitizer {
    private static final String CHECK_BASE = "https://lectern.invalid/";

    private final Cleaner cleaner = new Cleaner(Safelist.relaxed()
            .addTags("del", "s", "ins", "mark", "kbd", "samp", "var", "abbr", "hr", "details", "summary",
                    "figure", "figcaption")
            .addAttributes("abbr", "title")
            .addAttributes("span", "class", "tabindex", "role", "aria-label") // a displayed formula's box
            .preserveRelativeLinks(true));

    /** The cleaned fragment as markup. */
    String cleanHtml(String html) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html, CHECK_BASE));
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return clean.body().html().strip();
    }
}
