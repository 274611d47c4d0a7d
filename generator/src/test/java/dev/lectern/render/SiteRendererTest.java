package dev.lectern.render;

import dev.lectern.testing.SiteRenderers;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Course;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Inline;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.Located;
import dev.lectern.model.Publication;
import dev.lectern.model.Severity;
import dev.lectern.validate.ChecklistClaims;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteRendererTest {

    private static CourseContent lessons(Lesson... lessons) {
        return new CourseContent(Optional.empty(), List.of(), List.of(), List.of(), List.of(lessons));
    }

    private static Lesson withSlug(String file, String slug) {
        Lesson bare = SampleLessons.bareLesson("x", null);
        LessonMetadata meta = new LessonMetadata(Optional.of(new Located<>(slug, 3)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(new LessonMetadata.Field(3, 1, "Slug", slug, 11)));
        return new Lesson(file, bare.fileSlug(), Optional.empty(), bare.title(), meta, List.of(), List.of(), List.of());
    }

    @Test
    void writesFourPagesPerLessonInFileOrderAndSearchSectionsForStudentLessonsThenTheIndexAndTheAssets() {
        List<String> paths = RenderedSite.sample().files.stream().map(RenderedFile::path).toList();

        // the stray lesson is a draft, out of the students' search: nothing would load its sections
        assertEquals(List.of(
                "lessons/stray-lesson/index.html", "lessons/stray-lesson/spec.html",
                "lessons/stray-lesson/review.html", "lessons/stray-lesson/lesson.json",
                "lessons/sample-lesson/index.html", "lessons/sample-lesson/spec.html",
                "lessons/sample-lesson/review.html", "lessons/sample-lesson/lesson.json",
                "lessons/sample-lesson/search-sections.js", "lessons/index.html",
                "lessons/search.html", "lessons/search-index.js", "lessons/series/1.html", "lessons/modules/1-2.html",
                "lessons/404.html", "lessons/assets/lectern.css", "lessons/assets/search.js",
                "lessons/assets/minisearch/minisearch.js", "lessons/assets/minisearch/LICENSE.txt",
                "lessons/assets/katex/katex.min.css"), paths.subList(0, 20));
        assertEquals(81, paths.size());
        assertEquals("lessons/schema/lesson.schema.json", paths.get(80));
        assertEquals(60, paths.stream().filter(p -> p.startsWith("lessons/assets/katex/fonts/")).count());
    }

    @Test
    void typesetsEachOfALessonsFormulasOnceAndLeavesNoPlaceholderInItsPages() {
        FakeMath math = new FakeMath();
        RenderedSite site = RenderedSite.of(lessons(SampleLessons.lesson()), math);

        assertEquals("inline:L_{ADD} = L_d + \\lambda L_a", math.calls.get(0));
        assertEquals(true, math.calls.contains("inline:x_0"));
        assertEquals(math.calls.size(), math.calls.stream().distinct().count()); // each formula once
        String page = new String(site.files.get(0).content(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(false, page.contains("lectern-formula-"), "a placeholder was left in the page");
    }

    @Test
    void givesTheSameBytesEveryTime() {
        List<RenderedFile> first = RenderedSite.sample().files;
        List<RenderedFile> second = RenderedSite.sample().files;

        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).path(), second.get(i).path());
            assertArrayEquals(first.get(i).content(), second.get(i).content(), first.get(i).path());
        }
    }

    @Test
    void rewritesASlugThatIsNotAPlainNameAndReportsItAtTheSlugsValue() {
        RenderedSite site = RenderedSite.of(lessons(withSlug("lessons/evil.md", "../../etc"),
                withSlug("lessons/assets.md", "assets")));

        assertEquals(List.of("lessons/assets-lesson/index.html", "lessons/etc/index.html", "lessons/index.html"),
                site.files.stream().map(RenderedFile::path).filter(p -> p.endsWith("index.html")).toList());
        assertEquals(List.of(
                new Diagnostic("lessons/assets.md", 3, 11, Severity.WARNING, "unsafe-slug",
                        "slug `assets` is not a plain name; its pages go to lessons/assets-lesson/"),
                new Diagnostic("lessons/evil.md", 3, 11, Severity.WARNING, "unsafe-slug",
                        "slug `../../etc` is not a plain name; its pages go to lessons/etc/")), site.diagnostics);
    }

    @Test
    void publishesNeitherOfTwoLessonsWhoseFoldersCollideLeavingTheReportToValidation() {
        RenderedSite site = RenderedSite.of(lessons(withSlug("lessons/a.md", "same"), withSlug("lessons/b.md", "Same"),
                withSlug("lessons/c.md", "other")));

        assertEquals(List.of(), site.diagnostics);
        assertEquals(List.of("lessons/index.html", "lessons/other/index.html"),
                site.files.stream().map(RenderedFile::path).filter(p -> p.endsWith("index.html")).sorted().toList());
    }

    @Test
    void typesetsTheFormulasOfTheCourseAndSeriesPagesAndReportsATexErrorAtItsLine() {
        CourseContent sample = SampleLessons.course();
        Course course = sample.course().orElseThrow();
        CourseContent content = new CourseContent(Optional.of(new Course(course.file(), course.title(),
                List.of(new Course.SeriesEntry(5, 1, "Foundations", "In progress",
                        new Inline("The $x^2$ and $\\bad$ basics.", 5))), course.modules(), course.sections(), course.links())),
                sample.seriesPlans(), sample.modulePlans(), sample.moduleRecords(), sample.lessons());

        RenderedSite site = RenderedSite.of(content);

        for (String path : List.of("lessons/index.html", "lessons/series/1.html")) {
            Element description = site.page(path).selectFirst(".description");
            assertEquals("The <span class=\"katex\" data-display=\"false\">x^2</span> and <span class=\"katex-error\" "
                    + "title=\"Undefined control sequence: \\bad\">\\bad</span> basics.", description.html(), path);
        }
        // typeset on the course index and again on the series page, reported once
        assertEquals(List.of("course.md:5:0: warning[tex-error]: TeX error in `\\bad`: Undefined control sequence: \\bad"),
                site.diagnostics.stream().filter(d -> d.rule().equals("tex-error")).map(Diagnostic::format).toList());
    }

    /**
     * Serve's renderer hands out a course-wide page it rendered last time (the course index, a series or
     * module page), the very same file, while the page's model is unchanged (a new parse of the same
     * content, or new diagnostics: students' pages show none), and renders it anew once the model
     * changes (the lessons' titles), byte for byte as a renderer that remembers nothing does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"lessons/index.html", "lessons/series/1.html", "lessons/modules/1-2.html"})
    void aLongLivedRendererReusesACourseWidePageOnlyWhileItsModelIsUnchanged(String path) {
        SiteRenderer serve = new SiteRenderer(new FakeMath(), Runnable::run, RenderCache.inMemory(),
                new ChecklistClaims());
        CourseContent course = SampleLessons.course();
        RenderedFile first = file(serve, course, List.of(), path);
        Diagnostic warning = new Diagnostic(course.lessons().get(0).file(), 3, 1, Severity.WARNING,
                "spaced-em-dash", "an em dash with spaces");
        RenderedFile again = file(serve, SampleLessons.course(), List.of(warning), path);
        CourseContent retitled = new CourseContent(course.course(), course.seriesPlans(), course.modulePlans(),
                course.moduleRecords(), course.lessons().stream().map(l -> new Lesson(l.file(), l.fileSlug(),
                        l.folderModuleId(), Optional.of(SampleLessons.md("Lesson: Retitled " + l.displayTitle(), 1)),
                        l.metadata(), l.preamble(), l.sections(), l.links())).toList());
        RenderedFile changed = file(serve, retitled, List.of(), path);
        RenderedFile once = file(SiteRenderers.oneOff(new FakeMath()), retitled, List.of(), path);

        assertEquals(true, first.content() == again.content());
        assertEquals(false, changed.content() == first.content());
        assertArrayEquals(once.content(), changed.content());
        assertEquals(true, new String(changed.content(), StandardCharsets.UTF_8).contains("Retitled "));
    }

    private static RenderedFile file(SiteRenderer renderer, CourseContent content, List<Diagnostic> found,
                                     String path) {
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        found.forEach(diagnostics::report);
        List<RenderedFile> files = new java.util.ArrayList<>();
        renderer.render(content, Publication.defaults(), diagnostics, d -> { }, files::add);
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }
}
