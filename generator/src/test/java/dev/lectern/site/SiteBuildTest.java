package dev.lectern.site;

import dev.lectern.testing.SiteRenderers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.math.MathRenderer;
import dev.lectern.model.Diagnostic;
import dev.lectern.parse.GuardedParsing;
import dev.lectern.render.DiagnosticCounts;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderedFile;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole build over real content, with the run's shared KaTeX engine. */
@ExtendWith(SharedKatex.class)
class SiteBuildTest {
    /** What marks a site folder as Lectern's: its index page's generator tag. */
    private static final String LECTERNS = "<meta name=\"generator\" content=\"Lectern\">";
    private static final dev.lectern.model.CourseContent NO_LESSONS = new dev.lectern.model.CourseContent(
            java.util.Optional.empty(), List.of(), List.of(), List.of(), List.of());

    private static Lectern lectern(MathRenderer math) {
        return new Lectern(new GuardedParsing(2), math,
                SiteRenderers.oneOff(math)::render, Optional.empty(), SiteSwitch.Steps.NONE);
    }

    @Test
    void buildsTheSeedLessonWithItsFourPagesAndNoErrors(MathRenderer math, @TempDir Path out) throws IOException {
        BuildResult result;
        try (Lectern lectern = lectern(math)) {
            result = lectern.build(Repo.content(), out);
        }
        assertEquals(0, DiagnosticCounts.of(result.diagnostics()).errors(), result.diagnostics().toString());
        Path lesson = out.resolve("lessons/latent-consistency-and-turbo");
        for (String page : List.of("index.html", "spec.html", "review.html", "lesson.json")) {
            assertTrue(Files.isRegularFile(lesson.resolve(page)), page);
        }
        Document page = Jsoup.parse(lesson.resolve("index.html").toFile(), "UTF-8");
        assertEquals(2, page.select("[data-component=ComparisonRow]").size());
        assertEquals(1, page.select("[data-component=GradientCard][data-color=fuchsia]").size());
        assertEquals(List.of("L_{\\text{ADD}} = L_{\\text{diffusion}} + \\lambda \\, L_{\\text{adversarial}}"),
                page.select(".katex-display annotation[encoding=application/x-tex]").eachText());
        assertEquals(List.of("check inputs", "load", "validate", "render", "check links", "report", "write"),
                result.timings().stream().map(StageTiming::stage).toList());
        assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.rule().equals("broken-link"))
                .map(Diagnostic::format).toList());
    }

    @Test
    void theSeedsValidationPageListsEveryWarningAndItsLessonPagesLinkToIt(MathRenderer math, @TempDir Path out)
            throws IOException {
        BuildResult result;
        try (Lectern lectern = lectern(math)) {
            result = lectern.build(Repo.content(), out);
        }
        Document report = Jsoup.parse(out.resolve("lessons/reports/validation.html").toFile(), "UTF-8");
        Document lesson = Jsoup.parse(out.resolve("lessons/latent-consistency-and-turbo/spec.html").toFile(), "UTF-8");
        Document student = Jsoup.parse(out.resolve("lessons/latent-consistency-and-turbo/index.html").toFile(), "UTF-8");
        Document index = Jsoup.parse(out.resolve("lessons/index.html").toFile(), "UTF-8");

        // once in the lesson's details, once in its rule's list; infos are counted, not listed (pages: min-severity)
        List<dev.lectern.model.Diagnostic> listed = result.diagnostics().stream()
                .filter(d -> d.severity() != dev.lectern.model.Severity.INFO).toList();
        assertEquals(true, listed.size() < result.diagnostics().size(), "the seed has infos");
        assertEquals(listed.size(), report.select("details.lesson-report table.diagnostics tr.diagnostic").size());
        assertEquals(listed.size(), report.select("details.rule-report tr.diagnostic").size());
        assertEquals(listed.stream().map(d -> d.line() + ":" + d.column()).toList(),
                report.select("#lesson-latent-consistency-and-turbo tr.diagnostic td.location").eachText());
        String counts = DiagnosticCounts.of(result.diagnostics()).text();
        assertEquals("Latent Consistency & Turbo · PASS · " + counts,
                report.selectFirst("#lesson-latent-consistency-and-turbo summary").text());
        assertEquals("Every lesson can be published: each has a PASS verdict and no error.",
                report.selectFirst("#publishing + p").text());
        assertEquals("Validation report: " + counts + "; 1 open review finding",
                lesson.selectFirst(".report-link").text());
        assertEquals(List.of("../reports/validation.html#lesson-latent-consistency-and-turbo"),
                lesson.select(".report-link a").eachAttr("href"));
        assertEquals(List.of(), student.select("[data-status=draft]").eachText());
        assertEquals(List.of("reports/validation.html"), index.select("a[href^=reports/]").eachAttr("href"));
    }

    @Test
    void theLessonPagesCountTheDiagnosticsAsLecternYamlLeavesThem(MathRenderer math, @TempDir Path dir)
            throws IOException {
        Path content = dir.resolve("content");
        try (Stream<Path> paths = Files.walk(Repo.content())) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Path copy = content.resolve(Repo.content().relativize(path).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(path, copy);
            }
        }
        Files.writeString(content.resolve("lectern.yaml"), "rules:\n  mojibake: off\n  unknown-component-color: error\n");
        BuildResult result;
        try (Lectern lectern = lectern(math)) {
            result = lectern.build(content, dir.resolve("out"));
        }
        Document lesson = Jsoup.parse(dir.resolve("out/lessons/latent-consistency-and-turbo/review.html").toFile(), "UTF-8");

        DiagnosticCounts counts = DiagnosticCounts.of(result.diagnostics());
        assertEquals(1, counts.errors());
        assertEquals(1, counts.warnings(), result.diagnostics().toString());
        assertEquals("Validation report: 1 error, 1 warning, 11 infos; 1 open review finding",
                lesson.selectFirst(".report-link").text());
    }

    @Test
    void theValidationPageAndTheLinksIntoItPassTheLinkCheck() {
        dev.lectern.model.CourseContent course = dev.lectern.render.SampleLessons.course();
        dev.lectern.model.DiagnosticCollector known = new dev.lectern.model.DiagnosticCollector();
        dev.lectern.render.SampleLessons.diagnostics().forEach(known::report);
        List<RenderedFile> files = new java.util.ArrayList<>(dev.lectern.testing.RenderedFiles.of(SiteRenderers.oneOff(
                (tex, display) -> dev.lectern.math.RenderedMath.ok(tex)), course, known));
        files.add(new dev.lectern.render.ValidationPageRenderer(new dev.lectern.validate.ChecklistClaims()).render(course,
                dev.lectern.render.SampleLessons.diagnostics(), dev.lectern.model.Severity.INFO));
        dev.lectern.model.DiagnosticCollector sink = new dev.lectern.model.DiagnosticCollector();

        new LinkChecker().check(files.stream().map(PageLinks::of).toList(), NO_LESSONS, sink);

        assertEquals(List.of(), sink.sorted());
    }

    @Test
    void aLinkToALessonThatDoesNotExistIsReportedOnceAtItsPlaceNotAgainForEachPageThatShowsIt(MathRenderer math,
            @TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        EditedContent.seedWith(content, "#### 3. Hook\n", "#### 3. Hook\n\nSee [the last lesson](../no-such-lesson/), "
                + "[this one](lesson:also-missing) and <a href=\"../by-html/\">that one</a>.\n");
        BuildResult result;
        try (Lectern lectern = lectern(math)) {
            result = lectern.build(content, dir.resolve("out"));
        }
        List<String> aboutMissingLessons = result.diagnostics().stream()
                .filter(d -> d.message().contains("no-such-lesson") || d.message().contains("also-missing"))
                .map(d -> d.line() + ":" + d.column() + " " + d.rule()).toList();
        assertEquals(List.of("214:26 broken-lesson-link", "214:62 broken-lesson-link"), aboutMissingLessons);
        // an HTML link is not one broken-lesson-link reads: the link check still reports it
        assertEquals(List.of("broken-link"), result.diagnostics().stream()
                .filter(d -> d.message().contains("by-html")).map(Diagnostic::rule).distinct().toList());
    }

    @Test
    void theValidationPageListsTheLinkChecksOwnFindingsAndLinksLikeTheCheckedCopy(MathRenderer math, @TempDir Path out)
            throws IOException {
        PageRenderer withBrokenLink = (content, publication, known, sink, files) -> {
            SiteRenderers.oneOff(math).render(content, publication, known, sink, files);
            files.accept(new RenderedFile("lessons/extra/index.html", bytes("<a href=\"../missing.html\">gone</a>")));
        };
        BuildResult result;
        try (Lectern lectern = new Lectern(new GuardedParsing(2), math,
                withBrokenLink, Optional.empty(), SiteSwitch.Steps.NONE)) {
            result = lectern.build(Repo.content(), out);
        }
        String broken = "lessons/extra/index.html:0:0: warning[broken-link]: link '../missing.html' points at "
                + "lessons/missing.html, which the site does not have";
        assertEquals(List.of(broken), result.diagnostics().stream().filter(d -> d.rule().equals("broken-link"))
                .map(Diagnostic::format).toList());

        Document report = Jsoup.parse(out.resolve("lessons/reports/validation.html").toFile(), "UTF-8");
        assertEquals(List.of("– warning broken-link link '../missing.html' points at lessons/missing.html, which the "
                + "site does not have"), report.select("#file-lessons-extra-index-html tr.diagnostic").eachText());

        List<RenderedFile> written = new java.util.ArrayList<>();
        try (Stream<Path> paths = Files.walk(out.resolve("lessons"))) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                written.add(new RenderedFile(out.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path)));
            }
        }
        dev.lectern.model.DiagnosticCollector recheck = new dev.lectern.model.DiagnosticCollector();
        new LinkChecker().check(written.stream().map(PageLinks::of).toList(), NO_LESSONS, recheck);
        assertEquals(List.of(broken), recheck.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void checkWritesNothingAndReportsTheSeedsTrueWarnings(MathRenderer math) {
        CheckResult result;
        try (Lectern lectern = lectern(math)) {
            result = lectern.check(Repo.content());
        }
        assertEquals(0, DiagnosticCounts.of(result.diagnostics()).errors());
        assertEquals(List.of("lesson-not-written", "mojibake", "prereq-not-traceable", "unknown-component-color"),
                result.diagnostics().stream().map(Diagnostic::rule).distinct().sorted().toList());
    }

    @Test
    void theFileSizeLimitOfLecternYamlLeavesOutLargerFilesWithAnError(MathRenderer math, @TempDir Path dir)
            throws IOException {
        Path lessons = Files.createDirectories(dir.resolve("lessons"));
        Files.writeString(dir.resolve("lectern.yaml"), "limits:\n  max-file-size: 1 KB\n");
        Files.writeString(lessons.resolve("small.md"), "# Lesson: Small\n");
        Files.writeString(lessons.resolve("large.md"), "# Lesson: Large\n\n" + "words ".repeat(400) + "\n");
        CheckResult result;
        try (Lectern lectern = lectern(math)) {
            result = lectern.check(dir);
        }
        assertEquals(List.of("lessons/large.md:0:0: error[file-too-large]: the file is 2.4 KB, over the limit of 1.0 KB "
                        + "(limits: max-file-size in lectern.yaml); it is not read"),
                result.diagnostics().stream().filter(d -> d.file().equals("lessons/large.md")).map(Diagnostic::format)
                        .toList());
        assertEquals(List.of("small"), result.content().lessons().stream().map(l -> l.slug()).toList());
    }

    @Test
    void failedBuildLeavesThePreviousOutputInPlace(@TempDir Path out) throws IOException {
        Path previous = out.resolve("lessons/index.html");
        Files.createDirectories(previous.getParent());
        Files.writeString(previous, LECTERNS + "previous build");
        List<RenderedFile> files = List.of(new RenderedFile("lessons/new/index.html", bytes("new")),
                new RenderedFile("lessons/../../escape.html", bytes("bad")));
        assertThrows(IllegalArgumentException.class, () -> writeAll(out, files));
        assertEquals(LECTERNS + "previous build", Files.readString(previous));
        assertFalse(Files.exists(out.resolve("lessons/new")));
        try (Stream<Path> left = Files.list(out.resolve(".lectern"))) {
            assertEquals(List.of(out.resolve(".lectern/lock")), left.toList(), "no staging left");
        }
    }

    @Test
    void successfulBuildReplacesTheWholePreviousOutput(@TempDir Path out) throws IOException {
        Files.createDirectories(out.resolve("lessons/gone"));
        Files.writeString(out.resolve("lessons/gone/index.html"), "stale");
        Files.writeString(out.resolve("lessons/index.html"), LECTERNS + "stale");
        int written = writeAll(out, List.of(new RenderedFile("lessons/index.html", bytes("fresh"))));
        assertEquals(1, written);
        assertEquals("fresh", Files.readString(out.resolve("lessons/index.html")));
        assertFalse(Files.exists(out.resolve("lessons/gone")));
    }

    @Test
    void unwritableOutputIsAnIoFailureNotAContentProblem(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThrows(UncheckedIOException.class, () -> writeAll(file,
                List.of(new RenderedFile("lessons/index.html", bytes("x")))));
    }

    @Test
    void linkCheckerReportsMissingPagesAndFragmentsButNotOutsideLinks() {
        List<RenderedFile> files = List.of(
                new RenderedFile("lessons/a/index.html", bytes("<a href=\"../b/\">b</a><a href=\"../b/#sec\">s</a>"
                        + "<a href=\"../b/#nope\">n</a><a href=\"../c/index.html\">c</a>"
                        + "<a href=\"https://x.org\">x</a><a href=\"../../index.html\">up</a><a href=\"#top\">t</a>"
                        + "<h1 id=\"top\">A</h1>")),
                new RenderedFile("lessons/b/index.html", bytes("<h2 id=\"sec\">B</h2>")));
        dev.lectern.model.DiagnosticCollector sink = new dev.lectern.model.DiagnosticCollector();
        new LinkChecker().check(files.stream().map(PageLinks::of).toList(), NO_LESSONS, sink);
        assertEquals(List.of(
                "lessons/a/index.html:0:0: warning[broken-link]: link '../b/#nope' points at #nope, which "
                        + "lessons/b/index.html does not have",
                "lessons/a/index.html:0:0: warning[broken-link]: link '../c/index.html' points at "
                        + "lessons/c/index.html, which the site does not have"),
                sink.sorted().stream().map(Diagnostic::format).toList());
    }

    /** Writes {@code files} as a full build does: all or nothing. */
    private static int writeAll(Path out, List<RenderedFile> files) {
        OutputFolder folder = OutputFolder.check(out, Path.of("/nonexistent-content"), java.util.Optional.empty());
        try (OutputLock lock = OutputLock.acquire(folder.workspace())) {
            AtomicOutput output = new AtomicOutput(folder, new SiteSwitch(folder, SiteSwitch.Steps.NONE),
                    java.util.Map.of(), new FileFacts());
            try {
                files.forEach(output::write);
                return output.finish().written();
            } catch (RuntimeException e) {
                output.abort();
                throw e;
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
