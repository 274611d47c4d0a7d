package dev.lectern.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML that came from content (raw HTML blocks, inline HTML in Markdown) with a jsoup
 * safelist: no scripts, no event handlers, no {@code style}, no {@code javascript:} URLs.
 * Relative links survive; they are resolved against a dummy base only to check their protocol.
 */
final class HtmlSanitizer {
    private static final String CHECK_BASE = "https://lectern.invalid/";

    private final Cleaner cleaner = new Cleaner(Safelist.relaxed()
            .addTags("del", "s", "ins", "mark", "kbd", "samp", "var", "abbr", "hr", "details", "summary",
                    "figure", "figcaption")
            .addAttributes("abbr", "title")
            .preserveRelativeLinks(true));

    /** A cleaned copy of the fragment, as a document whose body holds it. */
    Document clean(String html) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html, CHECK_BASE));
        clean.outputSettings(outputSettings());
        return clean;
    }

    /** The cleaned fragment as markup. */
    String cleanHtml(String html) {
        return clean(html).body().html().strip();
    }

    static Document.OutputSettings outputSettings() {
        return new Document.OutputSettings()
                .prettyPrint(false)
                .escapeMode(Entities.EscapeMode.base)
                .charset("UTF-8");
    }
}
