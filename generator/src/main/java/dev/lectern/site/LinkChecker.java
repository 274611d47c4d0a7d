package dev.lectern.site;

import dev.lectern.model.Rule;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import dev.lectern.model.FileReporter;
import dev.lectern.validate.LessonLinks;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks that every relative link and asset reference in the rendered pages points at a rendered
 * file (and at an element id, for {@code #fragment}s), from what {@link PageLinks} kept of them. Links that leave
 * the site's folders (to the Maven site around it) or carry a scheme are not ours to check.
 */
final class LinkChecker {
    /** A reference the lesson's text does not write (the page's own navigation, or a page that is no lesson's). */
    private static final LessonLinks.Place UNPLACED = new LessonLinks.Place(0, 0);
    /**
     * The last check's resolved references, by page: a long-running process ({@code lectern serve})
     * hands out the same links object for a page that did not change, so an edit resolves only the
     * references of the pages it changed. Replaced at each check, so it holds one site's pages.
     */
    private volatile Map<PageLinks, List<Target>> lastResolved = new IdentityHashMap<>();
    /** The last check's resolutions by folder and reference, for the pages whose links are new. */
    private volatile Map<String, Optional<Target>> lastByFolder = Map.of();

    /**
     * Reports broken links on the lesson file a page was made from (the page's own path for the
     * course index and reports), since that is what an author can open and fix. A lesson's link to a
     * lesson that is not in the content is left to {@code broken-lesson-link}, which reports it at its
     * line in the text, once rather than once per page that shows it.
     */
    void check(Collection<PageLinks> files, CourseContent content, DiagnosticSink sink) {
        Map<String, Lesson> lessonByFolder = new HashMap<>();
        Set<String> written = new HashSet<>();
        for (Lesson lesson : content.lessons()) {
            lessonByFolder.putIfAbsent("lessons/" + lesson.folder() + "/", lesson);
            written.add(lesson.slug());
            written.add(lesson.fileSlug());
        }
        Map<String, PageLinks> pages = new HashMap<>();
        files.forEach(page -> pages.put(page.path(), page));
        Set<String> roots = pages.keySet().stream().map(LinkChecker::root).collect(Collectors.toSet());
        Map<PageLinks, List<Target>> known = lastResolved;
        Map<PageLinks, List<Target>> resolvedNow = new IdentityHashMap<>();
        Resolutions resolutions = new Resolutions(lastByFolder);
        pages.values().stream().sorted(Comparator.comparing(PageLinks::path)).forEach(page -> {
            List<Target> targets = known.get(page);
            if (targets == null) {
                targets = resolutions.resolveAll(page);
            }
            resolvedNow.put(page, targets);
            Lesson lesson = lessonByFolder.get(folderOf(page.path()));
            String where = lesson == null ? "" : "in " + page.path() + ", ";
            // worked out only for a page with a missing target: finding a lesson's links costs
            Supplier<Set<String>> reportedAsLessonLinks = lesson == null ? Set::of
                    : () -> linksToMissingLessons(lesson, written);
            Function<String, Optional<LessonLinks.Place>> places = lesson == null ? reference -> Optional.empty()
                    : reference -> LessonLinks.placeOf(lesson, reference);
            checkPage(page, targets, where, roots, pages, reportedAsLessonLinks, places,
                    sink.forFile(lesson == null ? page.path() : lesson.file()));
        });
        lastResolved = resolvedNow;
        lastByFolder = resolutions.byFolder;
    }

    /** The folders ({@code lessons/<slug>/}) of the lessons not written that the lesson's text links to. */
    private static Set<String> linksToMissingLessons(Lesson lesson, Set<String> written) {
        return LessonLinks.linkedSlugs(lesson).stream().filter(slug -> !written.contains(slug))
                .map(slug -> "lessons/" + slug + "/").collect(Collectors.toSet());
    }

    /** The first folder of a site path: {@code lessons} for {@code lessons/x/index.html}. */
    private static String root(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * @param targets               what each of the page's references points at, in order; null for one
     *                              that is not a link
     * @param reportedAsLessonLinks the folders of the lessons the page's lesson links to that
     *                              {@code broken-lesson-link} reports
     * @param places                where the lesson's text writes a reference, if it does (line 0 where not)
     */
    private static void checkPage(PageLinks page, List<Target> targets, String where, Set<String> roots,
                                  Map<String, PageLinks> pages, Supplier<Set<String>> reportedAsLessonLinks,
                                  Function<String, Optional<LessonLinks.Place>> places, FileReporter reporter) {
        Set<String> leftToLessonLinks = null;
        for (int i = 0; i < targets.size(); i++) {
            String reference = page.references().get(i);
            Target target = targets.get(i);
            if (target == null || !roots.contains(target.root())) {
                continue; // not a link, or into the site around ours (the Maven site's pages)
            }
            PageLinks linked = pages.get(target.path());
            if (linked == null) {
                leftToLessonLinks = leftToLessonLinks == null ? reportedAsLessonLinks.get() : leftToLessonLinks;
                if (leftToLessonLinks.contains(folderOf(target.path()))) {
                    continue;
                }
                LessonLinks.Place at = places.apply(reference).orElse(UNPLACED);
                reporter.report(Rule.BROKEN_LINK, at.line(), at.column(), where + "link '" + reference + "' points at "
                        + target.path() + ", which the site does not have");
            } else if (!target.fragment().isEmpty() && target.path().endsWith(".html")
                    && !linked.ids().contains(target.fragment())) {
                LessonLinks.Place at = places.apply(reference).orElse(UNPLACED);
                reporter.report(Rule.BROKEN_LINK, at.line(), at.column(), where + "link '" + reference + "' points at #"
                        + target.fragment() + ", which " + target.path() + " does not have");
            }
        }
    }

    private static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** @param root the first folder of {@code path}, worked out once per resolution, not per check */
    private record Target(String path, String fragment, String root) {
        Target(String path, String fragment) {
            this(path, fragment, LinkChecker.root(path));
        }
    }

    /**
     * Resolutions remembered by folder: a site's pages repeat the same references (stylesheets, the
     * index, the sibling pages), and parsing each as a URI was most of an edit's link check in serve.
     * A reference resolves against its page's folder, except one that is only a fragment or query.
     */
    private static final class Resolutions {
        /** {@code #} and then letters, digits, {@code -}, {@code _} or {@code .}: nothing to decode. */
        private static boolean isPlainFragment(String reference) {
            for (int i = 1; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                        || c == '.')) {
                    return false;
                }
            }
            return true;
        }

        private final Map<String, Optional<Target>> byFolder = new HashMap<>();
        private final Map<String, Optional<Target>> before;

        /** @param before the last check's resolutions: pages rendered anew (the course index) mostly repeat them */
        Resolutions(Map<String, Optional<Target>> before) {
            this.before = before;
        }

        /** The targets of a page's references, in order (null where a reference is no link within the site). */
        List<Target> resolveAll(PageLinks page) {
            Target[] targets = new Target[page.references().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = resolve(page.path(), page.references().get(i));
            }
            return Arrays.asList(targets);
        }

        Target resolve(String from, String reference) {
            if (reference.startsWith("#") && isPlainFragment(reference)) {
                return new Target(from, reference.substring(1)); // what the URI would give, without parsing one
            }
            if (reference.startsWith("#") || reference.startsWith("?")) {
                return LinkChecker.resolve(from, reference);
            }
            String folder = from.substring(0, from.lastIndexOf('/') + 1);
            return byFolder.computeIfAbsent(folder + '\n' + reference, key -> {
                Optional<Target> known = before.get(key);
                return known != null ? known : Optional.ofNullable(LinkChecker.resolve(from, reference));
            }).orElse(null);
        }
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
