package dev.lectern.render;

import dev.lectern.model.Rule;
import dev.lectern.math.MathRenderer;
import dev.lectern.model.Course;
import dev.lectern.model.CourseContent;
import dev.lectern.model.ClaimVerification;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.Located;
import dev.lectern.model.Publication;
import dev.lectern.model.Publishability;
import dev.lectern.model.Severity;
import dev.lectern.validate.ChecklistClaims;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The render stage: turns the course model into the files of {@code lessons/} (course index; per
 * lesson a student page, spec, review history and {@code lesson.json}; stylesheets and KaTeX
 * fonts). Writes nothing itself: the orchestrator writes the returned files atomically. The same
 * content always gives the same bytes.
 */
public final class SiteRenderer implements PageRenderer {
    /** Lessons in flight at once: enough to keep every core busy, few enough to bound memory. */
    private static final int WINDOW = 4 * Runtime.getRuntime().availableProcessors();
    private static final String COURSE_INDEX = "lessons/index.html";

    private final PageTemplates templates = new PageTemplates();
    private final MathRenderer math;
    private final Executor lessons;
    private final RenderCache cache;
    private final ChecklistClaims claims;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final InlineMarkdown markdown = new InlineMarkdown(sanitizer);
    private final LessonJson json = new LessonJson();
    private final SecureRandom random = new SecureRandom(); // the nonce of each content file's formula placeholders
    private final StaticAssets assets = new StaticAssets(SiteRenderer.class.getClassLoader());

    /**
     * @param math    typesets formulas; TeX errors become {@code tex-error} warnings
     * @param lessons runs the rendering of each lesson's pages, in parallel when it has threads
     *                (formulas then typeset on several KaTeX contexts at once); the output is the
     *                same whatever it runs on
     * @param cache   what a long-running process remembers of rendered lessons ({@link RenderCache#none()}: nothing)
     * @param claims  the checklist verifications validation worked out, reused for the pages
     */
    public SiteRenderer(MathRenderer math, Executor lessons, RenderCache cache, ChecklistClaims claims) {
        this.claims = Objects.requireNonNull(claims, "claims");
        this.math = Objects.requireNonNull(math, "math");
        this.lessons = Objects.requireNonNull(lessons, "lessons");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * Hands each file to {@code out} as soon as it is rendered, in a fixed order (lessons in
     * course order, then the course index, then the assets), so a build need not hold the whole
     * site in memory. Lessons render in parallel, a few at a time. Lesson pages are rendered
     * before the course index, and a lesson's pages again when rendering them added to the
     * lesson's diagnostics (a formula KaTeX refused), so that the report link and counts on every
     * page include what the render itself found. Formulas are memoised per file and each error
     * reported once, so the second pass typesets and reports nothing.
     */
    @Override
    public void render(CourseContent content, Publication publication, DiagnosticCollector diagnostics,
                       DiagnosticSink sink, Consumer<RenderedFile> out) {
        List<PublishedLesson> withPages = publish(content, sink);
        List<PublishedLesson> students = forStudents(withPages, publication, diagnostics);
        List<PublishedLesson> published = publication.publishesDraftPages() ? withPages : students;
        cache.keepOnly(content.lessons());
        Map<String, String> reportIds = ValidationReport.lessonIds(content);
        CourseIndex titles = new CourseIndex(content, students);
        LessonNumbers numbers = cache.same(LessonNumbers.of(content, students));
        Map<String, LessonNav> navigation = titles.navigation();
        Map<String, String> moduleHeadings = titles.moduleHeadings();
        Set<String> searchable = students.stream().map(PublishedLesson::dir).collect(Collectors.toSet());
        List<byte[]> searchEntries = new ArrayList<>(students.size());
        // A sliding window, not batches: while this thread hands a lesson's files on (the writer
        // hashes and writes them), the workers are already rendering the lessons after it.
        Deque<CompletableFuture<RenderCache.Rendered>> window = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        while (next < published.size() || !window.isEmpty()) {
            while (next < published.size() && window.size() < WINDOW) {
                PublishedLesson p = published.get(next++);
                LessonNav nav = navigation.containsKey(p.dir()) ? navigation.get(p.dir()) : titles.apart(p.lesson());
                PageFrame frame = frame(publication, "lessons/" + p.dir() + "/index.html");
                window.add(CompletableFuture.supplyAsync(() -> lessonFiles(p, titles, reportIds, nav, frame,
                                moduleHeadings.getOrDefault(p.dir(), ""), numbers.of(p.dir()), diagnostics, sink),
                        lessons));
            }
            RenderCache.Rendered lesson = join(window.poll());
            lesson.files().forEach(out);
            if (searchable.contains(published.get(done++).dir())) { // drafts are left out of search, as of navigation
                out.accept(lesson.search().sections());
                searchEntries.add(lesson.search().entry());
            }
        }
        String courseFile = content.course().map(Course::file).orElse("course.md");
        DiagnosticCollector courseReported = new DiagnosticCollector();
        DiagnosticSink courseSink = reporting(courseReported, sink);
        CoursePage index = titles.page(html(courseFile, content, courseSink));
        out.accept(coursePage(COURSE_INDEX, "course.ftlh", index, index.withoutMarkup(), index.html(), publication,
                courseReported));
        out.accept(page("lessons/search.html", "search.ftlh", new TitledPage("", "search", index.title()),
                frame(publication, "lessons/search.html")));
        out.accept(SearchIndex.index(searchEntries));
        Map<String, ModulePage> groups = titles.groupPages(file -> html(file, content, courseSink));
        groups.forEach((path, page) -> out.accept(coursePage(path, "module.ftlh", page, page.withoutMarkup(),
                page.html(), publication, courseReported)));
        // served for any missing address, at any depth: its links are absolute when there is a base URL
        out.accept(page("lessons/404.html", "notfound.ftlh", new TitledPage(publication.baseUrl().orElse(""),
                "notfound", index.title()), new PageFrame(publication.authorPages(), "")));
        publication.baseUrl().ifPresent(base -> out.accept(Sitemap.of(base, Stream.of(
                        Stream.of(COURSE_INDEX), groups.keySet().stream(),
                        students.stream().map(p -> "lessons/" + p.dir() + "/index.html"))
                .flatMap(Function.identity()).toList())));
        assets.files().stream().filter(file -> publication.authorPages() || !file.path().startsWith(StaticAssets.SCHEMA_FOLDER))
                .forEach(out);
    }

    /**
     * A course-wide page, the very same file as last time when its model is ({@link RenderCache#coursePage}).
     *
     * @param html     the page's markup helper, whose formulas are put in once the page is written
     * @param reported keeps what the course-wide pages' rendering reports: this page reported something when it grew
     */
    private RenderedFile coursePage(String path, String template, Record model, Record withoutMarkup, PageHtml html,
                                    Publication publication, DiagnosticCollector reported) {
        PageFrame frame = frame(publication, path);
        int before = reported.sorted().size();
        return cache.coursePage(path, withoutMarkup, frame,
                () -> new RenderedFile(path, html.withFormulas(templates.render(template, model, frame))),
                () -> reported.sorted().size() > before);
    }

    /** A sink that reports to {@code sink} and keeps what it reports in {@code kept}. */
    private static DiagnosticSink reporting(DiagnosticCollector kept, DiagnosticSink sink) {
        return d -> {
            kept.report(d);
            sink.report(d);
        };
    }

    /**
     * The lessons students are shown: those that are publishable ({@link Publishability}), or every
     * lesson with pages when {@code lectern.yaml} lets drafts in. The one place drafts are left out
     * of the students' view: the course index, the series and module pages, previous and next, the
     * module's lessons and the search index are all made from this list.
     */
    static List<PublishedLesson> forStudents(List<PublishedLesson> withPages, Publication publication,
                                             DiagnosticCollector diagnostics) {
        return publication.draftsForStudents() ? withPages : withPages.stream()
                .filter(p -> Publishability.of(p.lesson(), diagnostics.of(p.lesson().file())).publishable())
                .toList();
    }

    /** A student page's frame: its canonical address when the site has a base URL. */
    private static PageFrame frame(Publication publication, String path) {
        return new PageFrame(publication.authorPages(),
                publication.baseUrl().map(base -> base + path.substring("lessons/".length())).orElse(""));
    }

    /**
     * One lesson's files and search entry; its pages rendered again when rendering them reported on the
     * lesson (see above).
     *
     * @param moduleHeading the lesson's module as the search results name it; empty when it has none
     * @param numbers       the other lessons students are shown, by number, which the lesson's texts link to
     */
    private RenderCache.Rendered lessonFiles(PublishedLesson p, CourseIndex titles, Map<String, String> reportIds,
                                             LessonNav nav, PageFrame frame, String moduleHeading, LessonNumbers numbers,
                                             DiagnosticCollector diagnostics, DiagnosticSink sink) {
        Lesson lesson = p.lesson();
        Optional<String> moduleTitle = lesson.moduleId().flatMap(titles::moduleTitle);
        Optional<String> seriesTitle = lesson.seriesNumber().flatMap(titles::seriesTitle);
        String id = reportIds.get(lesson.file());
        List<Diagnostic> before = diagnostics.of(lesson.file());
        RenderCache.Context context = new RenderCache.Context(p.dir(), id, moduleTitle, seriesTitle, moduleHeading,
                nav, numbers, frame, before);
        Optional<RenderCache.Rendered> known = cache.lookup(lesson, context);
        if (known.isPresent()) {
            known.get().reported().forEach(sink::report);
            return known.get();
        }
        DiagnosticCollector reported = new DiagnosticCollector();
        DiagnosticSink lessonSink = reporting(reported, sink);
        FormulaTypesetter formulas = new FormulaTypesetter(math, lessonSink.forFile(lesson.file()), random);
        PageHtml html = new PageHtml(markdown, sanitizer, formulas, Anchors.of(lesson), lesson.links(), numbers);
        Function<List<Diagnostic>, List<RenderedFile>> pages = own -> {
            // the review page lists all of the lesson's diagnostics
            LessonReport report = LessonReport.of(lesson, p.dir(), id, own, claims.of(lesson, own), Severity.INFO);
            LessonSummary summary = LessonSummary.of(lesson, moduleTitle, seriesTitle, report);
            return lessonFiles(lesson, p.dir(), new LessonPages(lesson, summary, nav, html), frame, formulas,
                    report.claims());
        };
        List<RenderedFile> files = pages.apply(before);
        List<Diagnostic> after = diagnostics.of(lesson.file());
        SearchIndex.LessonSearch search = SearchIndex.of(p, moduleHeading);
        RenderCache.Rendered result = new RenderCache.Rendered(after.equals(before) ? files : pages.apply(after),
                search, reported.sorted());
        cache.remember(lesson, context, result);
        return result;
    }

    /** The result of a lesson's rendering; a template error in it is a programmer error and surfaces as such. */
    private static RenderCache.Rendered join(CompletableFuture<RenderCache.Rendered> lesson) {
        try {
            return lesson.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }


    /**
     * The lesson's pages, its formulas typeset together once the pages are written around them: the
     * student page, and the spec, review and {@code lesson.json} when the site has the authors' pages.
     */
    private List<RenderedFile> lessonFiles(Lesson lesson, String dir, LessonPages pages, PageFrame frame,
                                           FormulaTypesetter formulas, List<ClaimVerification> claims) {
        String folder = "lessons/" + dir + "/";
        String lessonPage = templates.render("lesson.ftlh", pages.lessonPage(), frame);
        if (!frame.authorPages()) {
            return List.of(new RenderedFile(folder + "index.html", formulas.resolve(List.of(lessonPage)).get(0)));
        }
        List<byte[]> html = formulas.resolve(List.of(lessonPage, templates.render("spec.ftlh", pages.specPage()),
                templates.render("review.ftlh", pages.reviewPage())));
        return List.of(new RenderedFile(folder + "index.html", html.get(0)),
                new RenderedFile(folder + "spec.html", html.get(1)),
                new RenderedFile(folder + "review.html", html.get(2)),
                new RenderedFile(folder + "lesson.json", json.write(lesson, dir, claims)));
    }

    /**
     * The markup helper for a page of the course file's or a plan's texts, which link through that file's definitions:
     * the course index and the series and module pages, all students' ({@link PageHtml#forStudents}).
     */
    private PageHtml html(String file, CourseContent content, DiagnosticSink sink) {
        return new PageHtml(markdown, sanitizer, new FormulaTypesetter(math, sink.forFile(file), random), Anchors.none(),
                content.planLinks(file), LessonNumbers.NONE).forStudents();
    }

    private RenderedFile page(String path, String template, Record model, PageFrame frame) {
        return new RenderedFile(path, templates.render(template, model, frame).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Which lessons get pages, and in which folder ({@link Lesson#folder()}). A slug that is not a
     * plain name ({@code ../x}, {@code assets}) is rewritten and reported. Lessons whose folders
     * collide get no pages at all, so neither silently wins (validation reports each, naming the others).
     */
    static List<PublishedLesson> publish(CourseContent content, DiagnosticSink sink) {
        Map<String, Long> perFolder = content.lessons().stream()
                .collect(Collectors.groupingBy(Lesson::folderKey, Collectors.counting()));
        List<PublishedLesson> published = new ArrayList<>();
        for (Lesson lesson : content.lessons()) {
            String slug = lesson.slug();
            String dir = lesson.folder();
            int line = lesson.metadata().slug().map(Located::line).orElse(0);
            if (!dir.equals(slug)) {
                // at the slug field's value; the whole file when the slug is the file's name
                int column = line == 0 ? 0 : lesson.metadata().fields().stream()
                        .filter(f -> f.line() == line && f.key().equalsIgnoreCase("slug"))
                        .mapToInt(LessonMetadata.Field::valueColumn).findFirst().orElse(1);
                sink.forFile(lesson.file()).report(Rule.UNSAFE_SLUG, line, column,
                        "slug `" + slug + "` is not a plain name; its pages go to lessons/" + dir + "/");
            }
            if (perFolder.get(lesson.folderKey()) == 1) {
                published.add(new PublishedLesson(lesson, dir));
            }
        }
        return published;
    }
}
