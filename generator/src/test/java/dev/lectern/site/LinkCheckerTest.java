package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Lesson;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {

    private static final CourseContent NO_LESSONS = new CourseContent(Optional.empty(), List.of(), List.of(), List.of(),
            List.of());

    @Test
    void reportsMissingPagesAndFragmentsAndIgnoresLinksThatLeaveTheSite() {
        PageLinks a = new PageLinks("lessons/a/index.html", List.of("#top", "#gone", "../b/", "../b/#intro",
                "../b/#nowhere", "../c/", "spec.html#x", "https://example.org/", "../../index.html", "#top",
                "../b/"), Set.of("top"));
        PageLinks b = new PageLinks("lessons/b/index.html", List.of("../a/#top"), Set.of("intro"));

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
        PageLinks a = new PageLinks("lessons/a/index.html", List.of("spec.html", "#s"), Set.of("s"));
        PageLinks aSpec = new PageLinks("lessons/a/spec.html", List.of("index.html#s"), Set.of());
        PageLinks b = new PageLinks("lessons/b/index.html", List.of("spec.html", "#s"), Set.of());

        assertEquals(List.of(
                "lessons/b/index.html:0:0: warning[broken-link]: link '#s' points at #s, which lessons/b/index.html does not have",
                "lessons/b/index.html:0:0: warning[broken-link]: link 'spec.html' points at lessons/b/spec.html, which the site does not have"),
                check(List.of(a, aSpec, b)));
    }

    @Test
    void aSecondCheckOfTheSamePagesSeesWhatChangedAroundThem() {
        // serve checks the same links objects again for pages that did not change: what they point at may have
        PageLinks a = new PageLinks("lessons/a/index.html", List.of("../b/#intro", "../b/spec.html"), Set.of());
        PageLinks b = new PageLinks("lessons/b/index.html", List.of(), Set.of("intro"));
        PageLinks bSpec = new PageLinks("lessons/b/spec.html", List.of(), Set.of());
        PageLinks bWithoutIntro = new PageLinks("lessons/b/index.html", List.of(), Set.of("overview"));
        LinkChecker checker = new LinkChecker();

        assertEquals(List.of(), check(checker, List.of(a, b, bSpec)));
        assertEquals(List.of(
                "lessons/a/index.html:0:0: warning[broken-link]: link '../b/#intro' points at #intro, which lessons/b/index.html does not have",
                "lessons/a/index.html:0:0: warning[broken-link]: link '../b/spec.html' points at lessons/b/spec.html, which the site does not have"),
                check(checker, List.of(a, bWithoutIntro)));
        assertEquals(List.of(), check(checker, List.of(a, b, bSpec)));
    }

    @Test
    void reportsABrokenLinkALessonWritesWhereItWritesIt(@TempDir Path dir) {
        CourseContent content = EditedContent.seedWith(dir, "#### 3. Hook\n", "#### 3. Hook\n\nSee [the recap](#recap-gone).\n");
        Lesson seed = content.lessons().stream().filter(l -> l.slug().equals("latent-consistency-and-turbo")).findFirst()
                .orElseThrow();
        String page = "lessons/" + seed.folder() + "/index.html";
        DiagnosticCollector sink = new DiagnosticCollector();

        new LinkChecker().check(List.of(new PageLinks(page, List.of("#recap-gone", "#nav-gone"), Set.of())), content, sink);

        // the page's own link, which the lesson does not write, stays unplaced
        assertEquals(List.of(
                EditedContent.SEED + ":0:0: warning[broken-link]: in " + page + ", link '#nav-gone' points at #nav-gone, "
                        + "which " + page + " does not have",
                EditedContent.SEED + ":214:17: warning[broken-link]: in " + page + ", link '#recap-gone' points at "
                        + "#recap-gone, which " + page + " does not have"),
                sink.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aBrokenLinkACoursePageMakesItselfStaysAtThePage() {
        String page = "lessons/modules/7-3.html";
        DiagnosticCollector sink = new DiagnosticCollector();

        new LinkChecker().check(List.of(new PageLinks(page, List.of("#nav-gone"), Set.of())),
                EditedContent.load(Repo.content()), sink);

        // neither course.md nor a plan writes it: the page's own navigation
        assertEquals(List.of(page + ":0:0: warning[broken-link]: link '#nav-gone' points at #nav-gone, which " + page
                + " does not have"), sink.sorted().stream().map(Diagnostic::format).toList());
    }

    private static List<String> check(List<PageLinks> pages) {
        return check(new LinkChecker(), pages);
    }

    private static List<String> check(LinkChecker checker, List<PageLinks> pages) {
        DiagnosticCollector sink = new DiagnosticCollector();
        checker.check(pages, NO_LESSONS, sink);
        return sink.sorted().stream().map(Diagnostic::format).toList();
    }
}
