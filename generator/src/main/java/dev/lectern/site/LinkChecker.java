package dev.lectern.site;

import dev.lectern.model.Rule;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
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
    /** The pages that show the texts of course.md and the plans, besides their own navigation. */
    private static final List<String> COURSE_PAGES = List.of("lessons/index.html", "lessons/series/", "lessons/modules/");
    /**
     * The last check's resolved references, by page: a long-running process ({@code lectern serve})
     * hands out the same links object for a page that did not change, so an edit resolves only the
     * references of the pages it changed. Replaced at each check, so it holds one site's pages.
     */
    private volatile Map<PageLinks, List<Target>> lastResolved = new IdentityHashMap<>();
    /** The last check's resolutions by folder and reference, for the pages whose links are new. */
    private volatile Map<String, Optional<Target>> lastByFolder = Map.of();

    /**
     * Reports broken links where the text that writes them stands: in the lesson file a page was made
     * from, or for the course index, series and module pages in course.md or the plan, since that is
     * what an author can open and fix; a link no text writes (a page's own navigation) at the lesson
     * file, else the page's own path, line 0. A lesson's link to a
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
            // worked out only for a page with a missing target: finding a lesson's links costs
            Supplier<Set<String>> reportedAsLessonLinks = lesson == null ? Set::of
                    : () -> linksToMissingLessons(lesson, written);
            checkPage(page, targets, roots, pages, reportedAsLessonLinks, places(page, lesson, content), sink);
        });
        lastResolved = resolvedNow;
        lastByFolder = resolutions.byFolder;
    }

    /**
     * Where a text writes each of the page's references, looked for only for a broken one: the lesson's
     * for its pages, course.md's or a plan's for the course pages; line 0 of the lesson file, else of
     * the page, for one no text writes.
     */
    private static Function<String, LessonLinks.Place> places(PageLinks page, Lesson lesson, CourseContent content) {
        if (lesson != null) {
            LessonLinks.Place unplaced = new LessonLinks.Place(lesson.file(), 0, 0);
            return reference -> LessonLinks.placeOf(lesson, reference).orElse(unplaced);
        }
        LessonLinks.Place unplaced = new LessonLinks.Place(page.path(), 0, 0);
        if (COURSE_PAGES.stream().anyMatch(page.path()::startsWith)) {
            return reference -> LessonLinks.placeInCourseFiles(content, reference).orElse(unplaced);
        }
        return reference -> unplaced;
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
     * @param places                where a text writes a reference (line 0 where none does)
     */
    private static void checkPage(PageLinks page, List<Target> targets, Set<String> roots,
                                  Map<String, PageLinks> pages, Supplier<Set<String>> reportedAsLessonLinks,
                                  Function<String, LessonLinks.Place> places, DiagnosticSink sink) {
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
                report(page, places.apply(reference), sink, "link '" + reference + "' points at " + target.path()
                        + ", which the site does not have");
            } else if (!target.fragment().isEmpty() && target.path().endsWith(".html")
                    && !linked.ids().contains(target.fragment())) {
                report(page, places.apply(reference), sink, "link '" + reference + "' points at #"
                        + target.fragment() + ", which " + target.path() + " does not have");
            }
        }
    }

    /** At a file other than the page itself, the message names the page the link is broken on. */
    private static void report(PageLinks page, LessonLinks.Place at, DiagnosticSink sink, String message) {
        String where = at.file().equals(page.path()) ? "" : "in " + page.path() + ", ";
        sink.forFile(at.file()).report(Rule.BROKEN_LINK, at.line(), at.column(), where + message);
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
