package dev.lectern.site;

import dev.lectern.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * What the link check needs of a page: the references it makes and the element ids it has. Read
 * from the page's HTML as it is rendered, so the pages themselves need not be kept: our templates
 * and the sanitiser write every attribute in double quotes.
 */
record PageLinks(String path, List<String> references, Set<String> ids) {
    private static final Pattern REFERENCE = Pattern.compile("<(?:a|link|img|script)\\b[^>]*?\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    static PageLinks of(RenderedFile file) {
        if (!file.path().endsWith(".html")) {
            return new PageLinks(file.path(), List.of(), Set.of());
        }
        String html = new String(file.content(), StandardCharsets.UTF_8);
        List<String> references = new ArrayList<>();
        Matcher m = REFERENCE.matcher(html);
        while (m.find()) {
            references.add(Parser.unescapeEntities(m.group(1), true));
        }
        Set<String> ids = new HashSet<>();
        m = ID.matcher(html);
        while (m.find()) {
            ids.add(Parser.unescapeEntities(m.group(1), true));
        }
        return new PageLinks(file.path(), List.copyOf(references), Set.copyOf(ids));
    }
}
