package dev.lectern.render;

import static dev.lectern.render.RenderedSite.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Course;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The course index's structure; the sample's stray lesson is a draft, so drafts are shown here (see StudentDraftsTest). */
class CourseIndexTest {
    private static final RenderedSite SITE = RenderedSite.of(SampleLessons.course(), RenderedSite.DRAFTS_SHOWN);

    private final Document page = SITE.page("lessons/index.html");

    @Test
    void isTitledByTheCourseAndLinksItsStylesheetsFromTheLessonsFolder() {
        assertEquals("Sample Course", page.title());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals(List.of("assets/katex/katex.min.css", "assets/lectern.css"),
                page.select("link[rel=stylesheet]").stream().map(e -> e.attr("href")).toList());
        assertEquals("2 lessons published, 2 planned", page.selectFirst("header .page-kind").text());
    }

    @Test
    void groupsModulesUnderTheirSeries() {
        assertEquals(List.of("Series 1: Foundations In progress", "Other lessons"), texts(page.select("section.series > h2")));
        assertEquals("The basics.", page.selectFirst("#series-1 .description").text());
        assertEquals(List.of("Module 1.2: Sample Module In progress"), texts(page.select("#series-1 section.module > h3")));
    }

    @Test
    void listsPlannedAndPresentLessonsInPlanOrderPlannedOnesWithoutALink() {
        Elements entries = page.select("#series-1 li.lesson-entry");
        assertEquals(List.of("lesson-entry planned", "lesson-entry present", "lesson-entry planned"),
                entries.stream().map(Element::className).toList());
        assertEquals(List.of("The first idea", "Sample & Test", "The third idea"), texts(entries.select(".lesson-title")));
        assertEquals(List.of("The first idea planned", "Sample & Test The sample", "The third idea planned"),
                texts(entries));
        assertEquals(List.of("sample-lesson/index.html"), entries.select("a").stream().map(e -> e.attr("href")).toList());
    }

    @Test
    void showsStudentsNoVerdictsDiagnosticsOrAuthorsLinksBesideTheLessons() {
        Document flagged = RenderedSite.of(SampleLessons.course()).page("lessons/index.html");
        assertEquals(List.of(), texts(flagged.select("main .verdict, main .report-badge, main .report-link")));
        assertEquals(List.of("reports/validation.html"), flagged.select("footer .for-authors a").eachAttr("href"));
    }

    @Test
    void aModuleOfTheCourseTableWithNoLessonHereSaysSoInWordsAStudentReads() {
        CourseContent sample = SampleLessons.course();
        Course course = sample.course().orElseThrow();
        List<Course.ModuleEntry> modules = new ArrayList<>(course.modules());
        modules.add(new Course.ModuleEntry(10, "1.3", "Later Module", "4", SampleLessons.md("Planned", 10)));
        Course withEmptyModule = new Course(course.file(), course.title(), course.series(), modules, course.sections(),
                course.links());
        Document index = RenderedSite.of(new CourseContent(Optional.of(withEmptyModule), sample.seriesPlans(),
                sample.modulePlans(), sample.moduleRecords(), sample.lessons())).page("lessons/index.html");

        Element later = index.selectFirst("#series-1 section.module:has(h3:contains(Later Module))");
        assertEquals("No lessons published here yet (the course lists 4).", later.selectFirst(".empty-state").text());
        // its status is the authors' (here "Planned", in the corpus "complete"): beside nothing, it would mislead
        assertEquals("Module 1.3: Later Module", later.selectFirst("h3").text());
        assertEquals(false, index.select("#series-1 section.module h3 .status").isEmpty(), "a module with lessons keeps it");
    }

    /** The course index is a students' page: its texts' dashes and arrows are typeset as a lesson's are. */
    @Test
    void aSeriesDescriptionReadsWithItsDashesAndArrowsTypeset() {
        CourseContent sample = SampleLessons.course();
        Course course = sample.course().orElseThrow();
        Course.SeriesEntry series = course.series().get(0);
        Course dashed = new Course(course.file(), course.title(), List.of(new Course.SeriesEntry(series.line(),
                series.number(), series.title(), series.status(), new Inline("The *basics* -- data -> model", 5))),
                course.modules(), course.sections(), course.links());
        Document index = RenderedSite.of(new CourseContent(Optional.of(dashed), sample.seriesPlans(),
                sample.modulePlans(), sample.moduleRecords(), sample.lessons())).page("lessons/index.html");

        assertEquals("The basics\u2014data \u2192 model", index.selectFirst("#series-1 .description").text());
    }

    @Test
    void listsLessonsOfNoKnownModuleAsOtherLessons() {
        Elements entries = page.select("#other-lessons li.lesson-entry");
        assertEquals(List.of("stray-lesson"), texts(entries.select(".lesson-title")));
        assertEquals("stray-lesson/index.html", entries.get(0).selectFirst("a.lesson-title").attr("href"));
    }

    @Test
    void buildsModulesFromLessonsAloneWhenThereIsNoCourseOrPlan() {
        CourseContent content = new CourseContent(Optional.empty(), List.of(), List.of(), List.of(),
                List.of(SampleLessons.bareLesson("b-lesson", "2.10"), SampleLessons.bareLesson("a-lesson", "2.9"),
                        SampleLessons.lesson()));
        Document index = RenderedSite.of(content, RenderedSite.DRAFTS_SHOWN).page("lessons/index.html");

        assertEquals("Course", index.title());
        assertEquals(List.of("Series 1: Foundations", "Series 2"), texts(index.select("section.series > h2")));
        assertEquals(List.of("Module 1.2: Sample Module", "Module 2.9", "Module 2.10"),
                texts(index.select("section.module > h3")));
        assertEquals(List.of("Sample & Test", "a-lesson", "b-lesson"), texts(index.select(".lesson-title")));
    }

    @Test
    void saysSoWhenThereAreNoLessons() {
        Document index = RenderedSite.of(new CourseContent(Optional.empty(), List.of(), List.of(), List.of(),
                List.of())).page("lessons/index.html");
        assertEquals("No lessons yet.", index.selectFirst("main .empty-state").text());
        assertEquals("0 lessons published", index.selectFirst("header .page-kind").text());
    }
}
