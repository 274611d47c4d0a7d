package dev.lectern.render;

import static dev.lectern.render.RenderedSite.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A lesson's title written with ASCII dashes ({@code # Lesson: Score -- and Flow}): on students' pages as their text
 * reads ({@link Typography}, an em dash without its spaces), wherever the title stands; as written on the authors'.
 */
class StudentTitlesTest {
    private static final String TYPESET = "Score\u2014and Flow";
    private static final String WRITTEN = "Score -- and Flow";
    private static final Pattern EITHER = Pattern.compile("Score(?: -- |\u2014)and Flow");
    private static final Lesson SAMPLE = SampleLessons.lesson();
    private static final Lesson TITLED = new Lesson(SAMPLE.file(), SAMPLE.fileSlug(), SAMPLE.folderModuleId(),
            Optional.of(SampleLessons.md("Lesson: " + WRITTEN, 1)), SAMPLE.metadata(), SAMPLE.preamble(),
            SAMPLE.sections(), SAMPLE.links());
    private static final CourseContent COURSE = withTitled(SampleLessons.course());
    private static final RenderedSite SITE = RenderedSite.of(COURSE, RenderedSite.DRAFTS_SHOWN);

    private static CourseContent withTitled(CourseContent course) {
        return new CourseContent(course.course(), course.seriesPlans(), course.modulePlans(), course.moduleRecords(),
                course.lessons().stream().map(l -> l.file().equals(SAMPLE.file()) ? TITLED : l).toList());
    }

    @Test
    void everyFileThatNamesTheLessonNamesItTypesetForStudentsAndAsWrittenForAuthors() {
        Map<String, List<String>> titles = new TreeMap<>();
        for (RenderedFile file : SITE.files) {
            Matcher title = EITHER.matcher(SITE.text(file.path()));
            while (title.find()) {
                titles.computeIfAbsent(file.path(), p -> new ArrayList<>()).add(title.group());
            }
        }
        assertEquals(new TreeMap<>(Map.of(
                "lessons/index.html", List.of(TYPESET),
                "lessons/series/1.html", List.of(TYPESET),
                "lessons/modules/1-2.html", List.of(TYPESET),
                "lessons/sample-lesson/index.html", List.of(TYPESET, TYPESET, TYPESET, TYPESET),
                "lessons/stray-lesson/index.html", List.of(TYPESET),
                "lessons/search-index.js", List.of(TYPESET),
                "lessons/sample-lesson/spec.html", List.of(WRITTEN, WRITTEN),
                "lessons/sample-lesson/review.html", List.of(WRITTEN, WRITTEN),
                "lessons/sample-lesson/lesson.json", List.of(WRITTEN))), titles);
    }

    @Test
    void theLessonPagesTabHeadingBreadcrumbAndModuleListTheNextLessonsPagerAndTheCourseIndexNameItTypeset() {
        Document page = SITE.page("lessons/sample-lesson/index.html");
        assertEquals(List.of(TYPESET, TYPESET, TYPESET, TYPESET), List.of(page.title(), page.selectFirst("h1").text(),
                page.selectFirst("nav.breadcrumb [aria-current=page]").text(),
                page.selectFirst(".module-lessons a[aria-current=page]").text()));
        assertEquals(List.of("Previous lesson " + TYPESET),
                texts(SITE.page("lessons/stray-lesson/index.html").select("a[rel=prev]")));
        assertEquals(List.of(TYPESET, "stray-lesson"), texts(SITE.page("lessons/index.html").select("a.lesson-title")));
    }

    @Test
    void theSpecAndReviewKeepTheTitleAsWritten() {
        for (String page : List.of("spec", "review")) {
            Document authors = SITE.page("lessons/sample-lesson/" + page + ".html");
            assertEquals(List.of(WRITTEN + " · " + (page.equals("spec") ? "Spec" : "Review"), WRITTEN),
                    List.of(authors.title(), authors.selectFirst("h1").text()), page);
        }
    }

    /** A lesson number in a text students read links to the lesson, the link's tooltip its title. */
    @Test
    void aLessonNumbersLinkIsTitledWithTheTitleTypeset() {
        LessonNumbers numbers = LessonNumbers.of(COURSE, List.of(new PublishedLesson(TITLED, "sample-lesson")));
        assertEquals(Map.of("1.2.2", new LessonNumbers.Target("sample-lesson", TYPESET)), numbers.targets());
    }

    /** Typography's own rules decide: a title with code, a formula or an address in it stays as written, as its text would. */
    @Test
    void aTitleThatIsNotAllProseOrHasNoDashesIsShownAsWritten() {
        Lesson code = SampleLessons.bareLesson("code-lesson", null);
        Lesson withCode = new Lesson(code.file(), code.fileSlug(), code.folderModuleId(),
                Optional.of(SampleLessons.md("Lesson: Run `train --steps 4` -- fast", 1)), code.metadata(),
                code.preamble(), code.sections(), code.links());
        assertEquals(List.of("Run train --steps 4 -- fast", "code-lesson", "Sample & Test"),
                List.of(Typography.title(withCode), Typography.title(code), Typography.title(SAMPLE)));
    }
}
