package dev.lectern.render;

import dev.lectern.testing.SiteRenderers;
import dev.lectern.model.Publication;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Lesson;
import dev.lectern.model.Part;
import dev.lectern.model.PhaseSection;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Section;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The marks a lesson's pages carry: the draft banner on the student page of a lesson that has not
 * passed review, and a link to the lesson's section of the validation report on every page of a
 * lesson with diagnostics or open findings (and a badge on the course index).
 */
class LessonStatusMarksTest {
    private static final String SAMPLE = "lessons/sample-lesson/";
    private static final String STRAY = "lessons/stray-lesson/";

    private static Document page(List<RenderedFile> files, String path) {
        RenderedFile file = files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        return Jsoup.parse(new String(file.content(), StandardCharsets.UTF_8));
    }

    /** Renders as the build does: the renderer sees the known diagnostics and those it reports. */
    private static List<RenderedFile> render(CourseContent content, List<Diagnostic> known, DiagnosticCollector sink) {
        DiagnosticCollector all = new DiagnosticCollector();
        known.forEach(all::report);
        List<RenderedFile> files = new ArrayList<>();
        SiteRenderers.oneOff(new FakeMath()).render(content, Publication.defaults(), all, d -> {
            all.report(d);
            sink.report(d);
        }, files::add);
        return files;
    }

    /** The sample course with the sample lesson's sections changed. */
    private static CourseContent withSections(List<Section> sections) {
        Lesson l = SampleLessons.lesson();
        Lesson changed = new Lesson(l.file(), l.fileSlug(), l.folderModuleId(), l.title(), l.metadata(), l.preamble(),
                sections, l.links());
        CourseContent c = SampleLessons.course();
        return new CourseContent(c.course(), c.seriesPlans(), c.modulePlans(), c.moduleRecords(),
                List.of(changed, SampleLessons.bareLesson("stray-lesson", null)));
    }

    /** The sample lesson stopped at its first review, MAJOR REVISION with three findings. */
    private static CourseContent atFirstReview() {
        List<Section> sections = new ArrayList<>(SampleLessons.lesson().sections());
        sections.remove(sections.stream().filter(s -> s instanceof ReviewSection r && r.iteration().equals(Optional.of(2)))
                .findFirst().orElseThrow());
        return withSections(sections);
    }

    @Test
    void theStudentPageOfALessonNeverReviewedIsMarkedDraft() {
        List<RenderedFile> files = render(SampleLessons.course(), List.of(), new DiagnosticCollector());

        Document stray = page(files, STRAY + "index.html");
        assertEquals(List.of("Draft This lesson is not ready yet: it has not passed review, or it has errors to fix."),
                stray.select("header [data-status=draft]").eachText());
        assertEquals("draft-banner", stray.selectFirst("[data-status=draft]").className());
    }

    @Test
    void theStudentPageOfALessonWhoseLatestVerdictIsNotPassIsMarkedDraftWithoutTheVerdict() {
        List<RenderedFile> files = render(atFirstReview(), List.of(), new DiagnosticCollector());

        assertEquals(List.of("Draft This lesson is not ready yet: it has not passed review, or it has errors to fix."),
                page(files, SAMPLE + "index.html").select("[data-status=draft]").eachText());
        assertEquals(0, page(files, SAMPLE + "index.html").select(".verdict").size());
    }

    @Test
    void aPassedLessonWithAnErrorIsADraftAsTheReportsSay() {
        Diagnostic error = new Diagnostic(SampleLessons.lesson().file(), 3, 1, dev.lectern.model.Severity.ERROR,
                "slug-mismatch", "the slug differs from the file name");
        Diagnostic warning = new Diagnostic(SampleLessons.lesson().file(), 3, 1, dev.lectern.model.Severity.WARNING,
                "spaced-em-dash", "an em dash with spaces");

        assertEquals(1, page(render(SampleLessons.course(), List.of(error), new DiagnosticCollector()),
                SAMPLE + "index.html").select("[data-status=draft]").size());
        assertEquals(0, page(render(SampleLessons.course(), List.of(warning), new DiagnosticCollector()),
                SAMPLE + "index.html").select("[data-status=draft]").size());
    }

    @Test
    void aPassedLessonCarriesNoDraftMarkOnAnyPage() {
        List<RenderedFile> passed = render(SampleLessons.course(), List.of(), new DiagnosticCollector());

        for (String page : List.of("index.html", "spec.html", "review.html")) {
            assertEquals(0, page(passed, SAMPLE + page).select("[data-status=draft]").size(), page);
        }
    }

    @Test
    void theSpecAndReviewPagesOfALessonThatCannotBePublishedSayWhyUnderItsTitle() {
        List<RenderedFile> files = render(atFirstReview(), List.of(), new DiagnosticCollector());
        Diagnostic error = new Diagnostic(SampleLessons.lesson().file(), 3, 1, dev.lectern.model.Severity.ERROR,
                "slug-mismatch", "the slug differs from the file name");
        List<RenderedFile> withError = render(SampleLessons.course(), List.of(error), new DiagnosticCollector());

        for (String page : List.of("spec.html", "review.html")) {
            assertEquals(List.of("Not publishable The latest verdict is MAJOR REVISION, not PASS."),
                    page(files, SAMPLE + page).select("h1 + [data-status=draft]").eachText(), page);
            assertEquals(List.of("Not publishable 1 error."),
                    page(withError, SAMPLE + page).select("h1 + [data-status=draft]").eachText(), page);
        }
    }

    @Test
    void theAuthorsPagesOfALessonWithOpenFindingsLinkToItsSectionOfTheReportAndTheStudentPageDoesNot() {
        List<RenderedFile> files = render(atFirstReview(), List.of(), new DiagnosticCollector());

        assertEquals(0, page(files, SAMPLE + "index.html").select(".report-link").size());
        for (String name : List.of("spec.html", "review.html")) {
            Document page = page(files, SAMPLE + name);
            assertEquals(List.of("../reports/validation.html#lesson-sample-lesson"),
                    page.select(".report-link a").eachAttr("href"), name);
            assertEquals("Validation report: 3 open review findings", page.selectFirst(".report-link").text(), name);
        }
    }

    @Test
    void theLinkCountsTheLessonsDiagnosticsKnownBeforeRendering() {
        List<Diagnostic> known = SampleLessons.diagnostics();

        List<RenderedFile> files = render(SampleLessons.course(), known, new DiagnosticCollector());

        // the sample lesson's own file has one warning; the broken link on its page is a site file's
        assertEquals("Validation report: 1 warning", page(files, SAMPLE + "spec.html").selectFirst(".report-link").text());
        assertEquals("Validation report: 1 error", page(files, STRAY + "review.html").selectFirst(".report-link").text());
    }

    @Test
    void aLessonWithoutDiagnosticsOrOpenFindingsHasNoReportLink() {
        List<RenderedFile> files = render(SampleLessons.course(), List.of(), new DiagnosticCollector());

        assertEquals(0, page(files, SAMPLE + "index.html").select(".report-link").size());
        assertEquals(0, page(files, STRAY + "index.html").select(".report-link").size());
    }

    @Test
    void aFormulaErrorFoundWhileRenderingCountsOnTheLessonsPagesAndIsReportedOnce() {
        List<Section> sections = new ArrayList<>(SampleLessons.lesson().sections());
        PhaseSection design = (PhaseSection) sections.get(2);
        List<Part> parts = new ArrayList<>(design.parts());
        Part outline = parts.get(1);
        List<dev.lectern.model.Block> blocks = new ArrayList<>(outline.blocks());
        blocks.add(SampleLessons.para("A broken formula $\\bad x$.", 107));
        parts.set(1, new Part(outline.line(), outline.heading(), blocks));
        sections.set(2, new PhaseSection(design.line(), design.heading(), design.number(), design.intro(), parts));
        DiagnosticCollector sink = new DiagnosticCollector();

        List<RenderedFile> files = render(withSections(sections), List.of(), sink);

        assertEquals(List.of(SampleLessons.FILE + ":107:0: warning[tex-error]: TeX error in `\\bad x`: "
                + "Undefined control sequence: \\bad"), sink.sorted().stream().map(Diagnostic::format).toList());
        for (String name : List.of("spec.html", "review.html")) {
            assertEquals("Validation report: 1 warning", page(files, SAMPLE + name).selectFirst(".report-link").text(), name);
        }
    }

    @Test
    void studentPagesOfFlaggedLessonsShowNoCountsAndLinkTheAuthorsPagesOnlyFromTheFooter() {
        List<RenderedFile> files = render(atFirstReview(), SampleLessons.diagnostics(), new DiagnosticCollector());

        for (String name : List.of("lessons/index.html", SAMPLE + "index.html", "lessons/modules/1-2.html",
                "lessons/series/1.html")) {
            Document page = page(files, name);
            assertEquals(List.of(), page.select(".report-link, .report-badge, .verdict, .severity").eachText(), name);
            assertEquals(false, page.text().matches(".*\\d+ (warning|error|open review finding).*"), name);
            assertEquals(0, page.select("meta[name=robots]").size(), name);
        }
        assertEquals(List.of("spec.html", "review.html", "../reports/validation.html"),
                page(files, SAMPLE + "index.html").select("footer .for-authors a").eachAttr("href"));
    }

    @Test
    void theAuthorsPagesAreKeptOutOfSearchEngines() {
        List<RenderedFile> files = render(SampleLessons.course(), List.of(), new DiagnosticCollector());

        for (String name : List.of(SAMPLE + "spec.html", SAMPLE + "review.html")) {
            assertEquals(List.of("noindex"), page(files, name).select("meta[name=robots]").eachAttr("content"), name);
        }
    }
}
