package dev.lectern.site;

import dev.lectern.model.Rule;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import dev.lectern.render.SiteRenderer;
import dev.lectern.model.FileReporter;
import dev.lectern.render.RenderedFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks, before anything is written, that every relative link and asset reference in the rendered
 * pages points at a rendered file (and at an element id, for {@code #fragment}s). Links that leave
 * the site's folders (to the Maven site around it) or carry a scheme are not ours to check.
 */
final class LinkChecker {

    /**
     * Reports broken links on the lesson file a page was made from (the page's own path for the
     * course index and reports), since that is what an author can open and fix.
     */
    void check(List<RenderedFile> files, CourseContent content, DiagnosticSink sink) {
        Map<String, String> sourceByFolder = new HashMap<>();
        for (Lesson lesson : content.lessons()) {
            sourceByFolder.putIfAbsent("lessons/" + SiteRenderer.safeDir(lesson.slug()) + "/", lesson.file());
        }
        Map<String, Document> pages = new HashMap<>();
        for (RenderedFile file : files) {
            if (file.path().endsWith(".html")) {
                pages.put(file.path(), Jsoup.parse(new String(file.content(), StandardCharsets.UTF_8)));
            }
        }
        Set<String> paths = files.stream().map(RenderedFile::path).collect(Collectors.toSet());
        Set<String> roots = paths.stream().map(LinkChecker::root).collect(Collectors.toSet());
        pages.forEach((path, page) -> {
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            String source = sourceByFolder.getOrDefault(folder, path);
            String where = source.equals(path) ? "" : "in " + path + ", ";
            checkPage(path, where, page, paths, roots, pages, sink.forFile(source));
        });
    }

    /** The first folder of a site path: {@code lessons} for {@code lessons/x/index.html}. */
    private static String root(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static void checkPage(String path, String where, Document page, Set<String> paths, Set<String> roots,
                                  Map<String, Document> pages, FileReporter reporter) {
        for (Element element : page.select("a[href], link[href], img[src], script[src]")) {
            String reference = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            Target target = resolve(path, reference);
            if (target == null || !roots.contains(root(target.path()))) {
                continue; // not a link, or into the site around ours (the Maven site's pages)
            }
            if (!paths.contains(target.path())) {
                reporter.report(Rule.BROKEN_LINK, 0, 0, where + "link '" + reference + "' points at "
                        + target.path()
                        + ", which the site does not have");
            } else if (!target.fragment().isEmpty() && pages.containsKey(target.path())
                    && pages.get(target.path()).getElementById(target.fragment()) == null) {
                reporter.report(Rule.BROKEN_LINK, 0, 0, where + "link '" + reference + "' points at #"
                        + target.fragment()
                        + ", which " + target.path() + " does not have");
            }
        }
    }

    private record Target(String path, String fragment) {
    }

    /** The site path a reference points at, or null when it is not a link within the site. */
    private static Target resolve(String from, String reference) {
        if (reference.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(null, null, from, null).resolve(new URI(reference.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Target(reference, "");
        }
        if (uri.getScheme() != null || uri.getAuthority() != null || uri.getPath() == null) {
            return null;
        }
        String path = uri.normalize().getPath();
        if (path.startsWith("../") || path.startsWith("/")) {
            return null;
        }
        if (path.isEmpty()) {
            path = from;
        } else if (path.endsWith("/")) {
            path = path + "index.html";
        }
        return new Target(path, uri.getFragment() == null ? "" : uri.getFragment());
    }
}
