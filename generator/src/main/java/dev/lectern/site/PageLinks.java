package dev.lectern.site;

import dev.lectern.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * What the link check needs of a page: the references it makes ({@code href} of {@code a} and
 * {@code link}, {@code src} of {@code img} and {@code script}) and the element ids it has. Read
 * from the page's HTML as it is rendered, so the pages themselves need not be kept: our templates
 * and the sanitiser write every attribute in double quotes. A hand-written scan, not a regular
 * expression: a page is mostly KaTeX's spans, and a pattern tried at each of them cost a tenth of
 * a whole build.
 */
record PageLinks(String path, List<String> references, Set<String> ids) {
    private static final List<String> LINKING_TAGS = List.of("a", "link", "img", "script");
    private static final List<String> LINK_ATTRIBUTES = List.of("href=\"", "src=\"");

    static PageLinks of(RenderedFile file) {
        if (!file.path().endsWith(".html")) {
            return new PageLinks(file.path(), List.of(), Set.of());
        }
        // One char per byte (a copy, where UTF-8 decoding was a tenth of the scan): every mark the
        // scan looks for is ASCII, which UTF-8 never uses inside a longer character, so a char
        // index is the byte offset, and only the values found are decoded, as UTF-8.
        byte[] bytes = file.content();
        String html = new String(bytes, StandardCharsets.ISO_8859_1);
        return new PageLinks(file.path(), List.copyOf(references(html, bytes)), Set.copyOf(ids(html, bytes)));
    }

    private static String value(byte[] bytes, int start, int end) {
        return Parser.unescapeEntities(new String(bytes, start, end - start, StandardCharsets.UTF_8), true);
    }

    /** The first {@code href="..."} or {@code src="..."} of each linking tag, in order. */
    private static List<String> references(String html, byte[] bytes) {
        List<String> references = new ArrayList<>();
        int tag = html.indexOf('<');
        while (tag >= 0) {
            int nameEnd = tag + 1;
            while (nameEnd < html.length() && isWordChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            int next = tag + 1;
            if (isLinkingTag(html, tag + 1, nameEnd)) {
                int tagEnd = html.indexOf('>', nameEnd);
                int[] value = firstLinkValue(html, nameEnd, tagEnd < 0 ? html.length() : tagEnd);
                if (value != null) {
                    references.add(value(bytes, value[0], value[1]));
                    next = value[1] + 1;
                }
            }
            tag = html.indexOf('<', next);
        }
        return references;
    }

    /** Whether {@code html[from, to)} names a linking tag; compared in place, as most tags are KaTeX's spans. */
    private static boolean isLinkingTag(String html, int from, int to) {
        for (String name : LINKING_TAGS) {
            if (name.length() == to - from && html.regionMatches(from, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    /** Start and end of the first {@code href}/{@code src} value after whitespace in {@code [from, tagEnd)}. */
    private static int[] firstLinkValue(String html, int from, int tagEnd) {
        for (int i = from; i < tagEnd; i++) {
            if (!isSpace(html.charAt(i))) {
                continue;
            }
            for (String attribute : LINK_ATTRIBUTES) {
                if (html.startsWith(attribute, i + 1)) {
                    int start = i + 1 + attribute.length();
                    int end = html.indexOf('"', start);
                    if (end >= 0) {
                        return new int[] {start, end};
                    }
                }
            }
        }
        return null;
    }

    private static Set<String> ids(String html, byte[] bytes) {
        Set<String> ids = new HashSet<>();
        int at = html.indexOf("id=\"");
        while (at >= 0) {
            int next = at + 1;
            if (at > 0 && isSpace(html.charAt(at - 1))) {
                int start = at + 4;
                int end = html.indexOf('"', start);
                if (end < 0) {
                    break;
                }
                ids.add(value(bytes, start, end));
                next = end + 1;
            }
            at = html.indexOf("id=\"", next);
        }
        return ids;
    }

    /** {@code \w} of a regular expression. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** {@code \s} of a regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
