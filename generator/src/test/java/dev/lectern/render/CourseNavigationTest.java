package dev.lectern.render;

import static dev.lectern.render.RenderedSite.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CognitiveLoad;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Lesson;
import dev.lectern.model.ModulePlan;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breadcrumb, previous and next, the module's lessons on each student page; the series and module
 * pages. Of lessons never reviewed, drafts, so drafts are shown here (StudentDraftsTest leaves them out).
 */
class CourseNavigationTest {
    private static final RenderedSite SAMPLE = RenderedSite.of(SampleLessons.course(), RenderedSite.DRAFTS_SHOWN);

    @Test
    void theLessonPageHasABreadcrumbThroughItsSeriesAndModule() {
        Element crumbs = SAMPLE.page("lessons/sample-lesson/index.html").selectFirst("nav.breadcrumb");
        assertEquals(List.of("Sample Course", "Series 1: Foundations", "Module 1.2: Sample Module"),
                texts(crumbs.select("a")));
        assertEquals(List.of("../index.html", "../series/1.html", "../modules/1-2.html"), crumbs.select("a").eachAttr("href"));
        assertEquals("Sample & Test", crumbs.selectFirst("[aria-current=page]").text());
    }

    @Test
    void theModulesLessonsAreListedWithTheCurrentOneMarkedAndPlannedOnesWithoutALink() {
        Element list = SAMPLE.page("lessons/sample-lesson/index.html").selectFirst("aside.module-lessons");
        assertEquals(List.of("The first idea planned", "Sample & Test", "The third idea planned"),
                texts(list.select("ol > li")));
        assertEquals(List.of("index.html"), list.select("ol a").eachAttr("href").stream()
                .map(h -> h.substring(h.lastIndexOf('/') + 1)).toList());
        assertEquals("Sample & Test", list.selectFirst("a[aria-current=page]").text());
    }

    @Test
    void previousAndNextFollowTheCourseOrderModulesFirstThenLessonsOfNoModule() {
        Document sample = SAMPLE.page("lessons/sample-lesson/index.html");
        Document stray = SAMPLE.page("lessons/stray-lesson/index.html");
        assertEquals(List.of(), sample.select("a[rel=prev]").eachAttr("href"));
        assertEquals(List.of("../stray-lesson/index.html"), sample.select("a[rel=next]").eachAttr("href"));
        assertEquals(List.of("../sample-lesson/index.html"), stray.select("a[rel=prev]").eachAttr("href"));
        assertEquals(List.of(), stray.select("a[rel=next]").eachAttr("href"));
    }

    @Test
    void lessonsWithoutPositionOrAtOnePositionStillFormOneChainByFolderName() {
        // a plan naming b twice and c at a clashing position, a not at all; none states a position
        ModulePlan plan = new ModulePlan("series-3/module-3-1/plan.md", "3.1", Optional.empty(), Optional.empty(),
                List.of(planned(10, 2, "c-lesson"), planned(11, 1, "b-lesson"), planned(12, 2, "b-lesson")),
                List.of(), List.of());
        List<Lesson> lessons = List.of(SampleLessons.bareLesson("d-lesson", "3.1"),
                SampleLessons.bareLesson("a-lesson", "3.1"), SampleLessons.bareLesson("c-lesson", "3.1"),
                SampleLessons.bareLesson("b-lesson", "3.1"));
        RenderedSite site = RenderedSite.of(new CourseContent(Optional.empty(), List.of(), List.of(plan), List.of(),
                lessons), RenderedSite.DRAFTS_SHOWN);

        List<String> forward = new ArrayList<>();
        String at = "b-lesson";
        for (int step = 0; step < 10 && at != null; step++) {
            forward.add(at);
            at = neighbour(site, at, "next");
        }
        assertEquals(List.of("b-lesson", "c-lesson", "a-lesson", "d-lesson"), forward);
        List<String> backward = new ArrayList<>();
        at = "d-lesson";
        for (int step = 0; step < 10 && at != null; step++) {
            backward.add(at);
            at = neighbour(site, at, "prev");
        }
        assertEquals(List.of("d-lesson", "a-lesson", "c-lesson", "b-lesson"), backward);
    }

    @Test
    void aPositionThatDisagreesWithTheModulesListIsShownToStudentsAsTheListHasItAndToAuthorsAsWritten() {
        CourseContent sample = SampleLessons.course();
        ModulePlan plan = sample.modulePlans().get(0);
        List<ModulePlan.PlannedLesson> four = new ArrayList<>(plan.lessons());
        four.add(planned(13, 4, "fourth-lesson"));
        RenderedSite site = RenderedSite.of(new CourseContent(sample.course(), sample.seriesPlans(), List.of(
                new ModulePlan(plan.file(), plan.moduleId(), plan.title(), plan.status(), four, plan.sections(),
                        plan.links())), sample.moduleRecords(), sample.lessons()), RenderedSite.DRAFTS_SHOWN);

        assertEquals("Lesson 2 of 4 in module", site.page("lessons/sample-lesson/index.html").selectFirst(".position").text());
        assertEquals("Lesson 2 of 3 in module", site.page("lessons/sample-lesson/spec.html").selectFirst(".position").text());
        assertEquals("Lesson 2 of 3 in module", SAMPLE.page("lessons/sample-lesson/index.html").selectFirst(".position").text());
    }

    @Test
    void aSeriesTotalBelowTheSeriesPlansNumbersIsShownToStudentsAsThePlanNumbersItAndToAuthorsAsWritten(
            @TempDir Path dir) {
        EditedContent.copy(Repo.content(), dir);
        String plan = EditedContent.read(dir.resolve("series-7/plan.md"));
        EditedContent.write(dir, "series-7/plan.md",
                EditedContent.replaceOnce(plan, "| 8 | the-speed-landscape |", "| 12 | the-speed-landscape |"));
        RenderedSite site = RenderedSite.of(EditedContent.load(dir));

        String seed = "lessons/latent-consistency-and-turbo/";
        assertEquals("Lesson 7 of 12 in series, Lesson 2 of 3 in module",
                site.page(seed + "index.html").selectFirst(".position").text());
        assertEquals("Lesson 7 of 11 in series, Lesson 2 of 3 in module",
                site.page(seed + "spec.html").selectFirst(".position").text());
        assertEquals("Lesson 7 of 11 in series, Lesson 2 of 3 in module", RenderedSite.of(EditedContent.load(Repo.content()))
                .page(seed + "index.html").selectFirst(".position").text()); // a plan numbering 6 to 8 only: no contradiction
    }

    @Test
    void theModulePageListsItsLessonsWithThePlansOneLineAndLinksBackToTheSeries() {
        Document module = SAMPLE.page("lessons/modules/1-2.html");
        assertEquals("Module 1.2: Sample Module", module.selectFirst("h1").text());
        assertEquals(List.of("../index.html", "../series/1.html"), module.select("nav.breadcrumb a").eachAttr("href"));
        assertEquals(List.of("The first idea planned", "Sample & Test The sample", "The third idea planned"),
                texts(module.select("li.lesson-entry")));
        assertEquals(List.of("../sample-lesson/index.html"), module.select("li.lesson-entry a").eachAttr("href"));
    }

    @Test
    void theSeriesPageShowsItsDescriptionAndModules() {
        Document series = SAMPLE.page("lessons/series/1.html");
        assertEquals("Series 1: Foundations", series.selectFirst("h1").text());
        assertEquals("The basics.", series.selectFirst("header .description").text());
        assertEquals(List.of("Module 1.2: Sample Module"), texts(series.select("main h2")));
        assertEquals("../modules/1-2.html", series.selectFirst("main h2 a").attr("href"));
    }

    @Test
    void theCourseIndexLinksEachSeriesAndModuleToItsPage() {
        Document index = SAMPLE.page("lessons/index.html");
        assertEquals(List.of("series/1.html"), index.select("section.series > h2 a").eachAttr("href"));
        assertEquals(List.of("modules/1-2.html"), index.select("section.module > h3 a").eachAttr("href"));
    }

    @Test
    void moduleIdsThatWouldShareAFileNameGetAPageEach() {
        List<Lesson> lessons = List.of(SampleLessons.bareLesson("a-lesson", "4.1"),
                SampleLessons.bareLesson("b-lesson", "4-1"));
        RenderedSite site = RenderedSite.of(new CourseContent(Optional.empty(), List.of(), List.of(), List.of(),
                lessons), RenderedSite.DRAFTS_SHOWN);
        assertEquals(List.of("Module 4.1", "Module 4-1"), List.of(site.page("lessons/modules/4-1.html"),
                site.page("lessons/modules/4-1-2.html")).stream().map(d -> d.selectFirst("h1").text()).toList());
    }

    private static ModulePlan.PlannedLesson planned(int line, int position, String slug) {
        return new ModulePlan.PlannedLesson(line, position, slug, SampleLessons.md(slug, line),
                Optional.of(CognitiveLoad.BUILD), SampleLessons.md("BUILD", line), Optional.empty());
    }

    /** The folder the page's previous or next link leads to, or null when it has none. */
    private static String neighbour(RenderedSite site, String dir, String rel) {
        Element link = site.page("lessons/" + dir + "/index.html").selectFirst("a[rel=" + rel + "]");
        return link == null ? null : link.attr("href").replace("../", "").replace("/index.html", "");
    }
}
