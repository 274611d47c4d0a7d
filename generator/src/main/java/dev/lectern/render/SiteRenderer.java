package dev.lectern.render;

import dev.lectern.model.Rule;
import dev.lectern.math.MathRenderer;
import dev.lectern.model.Course;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import dev.lectern.model.Located;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The render stage: turns the course model into the files of {@code lessons/} (course index; per
 * lesson a student page, spec, review history and {@code lesson.json}; stylesheets and KaTeX
 * fonts). Writes nothing itself: the orchestrator writes the returned files atomically. The same
 * content always gives the same bytes.
 */
public final class SiteRenderer implements PageRenderer {
    private static final Pattern SAFE_DIR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final String RESERVED_DIR = "assets";

    private final PageTemplates templates;
    private final MathRenderer math;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final InlineMarkdown markdown = new InlineMarkdown(sanitizer);
    private final LessonJson json = new LessonJson();
    private final StaticAssets assets = new StaticAssets(SiteRenderer.class.getClassLoader());

    /**
     * @param templateDirOrNull a folder of {@code .ftlh} templates to use instead of the built-in ones
     * @param math              typesets formulas; TeX errors become {@code tex-error} warnings
     */
    public SiteRenderer(Path templateDirOrNull, MathRenderer math) {
        this.templates = new PageTemplates(templateDirOrNull);
        this.math = Objects.requireNonNull(math, "math");
    }

    @Override
    public List<RenderedFile> render(CourseContent content, DiagnosticSink sink) {
        List<PublishedLesson> published = publish(content, sink);
        CourseIndex index = new CourseIndex(content, published);
        String courseFile = content.course().map(Course::file).orElse("course.md");
        List<RenderedFile> files = new ArrayList<>();
        files.add(page("lessons/index.html", "course.ftlh", index.page(html(courseFile, Anchors.none(), sink))));
        for (PublishedLesson p : published) {
            Lesson lesson = p.lesson();
            Optional<Integer> series = lesson.metadata().series().map(Located::value)
                    .or(() -> lesson.moduleId().flatMap(CourseIndex::seriesOf));
            LessonSummary summary = LessonSummary.of(lesson, p.dir(),
                    lesson.moduleId().flatMap(index::moduleTitle), series.flatMap(index::seriesTitle));
            LessonPages pages = new LessonPages(lesson, summary, html(lesson.file(), Anchors.of(lesson), sink));
            String dir = "lessons/" + p.dir() + "/";
            files.add(page(dir + "index.html", "lesson.ftlh", pages.lessonPage()));
            files.add(page(dir + "spec.html", "spec.ftlh", pages.specPage()));
            files.add(page(dir + "review.html", "review.ftlh", pages.reviewPage()));
            files.add(new RenderedFile(dir + "lesson.json", json.write(lesson, p.dir())));
        }
        files.addAll(assets.files());
        return files;
    }

    private PageHtml html(String file, Anchors anchors, DiagnosticSink sink) {
        return new PageHtml(markdown, sanitizer, new FormulaTypesetter(math, sink.forFile(file)), anchors);
    }

    private RenderedFile page(String path, String template, Record model) {
        return new RenderedFile(path, templates.render(template, model).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Which lessons get pages, and in which folder: the slug, made safe for a path. A slug that is
     * not a plain name ({@code ../x}, {@code assets}) is rewritten; a second lesson with the same
     * folder is skipped. Both are reported, since they change what gets published.
     */
    private static List<PublishedLesson> publish(CourseContent content, DiagnosticSink sink) {
        List<PublishedLesson> published = new ArrayList<>();
        Map<String, Lesson> byDir = new HashMap<>();
        for (Lesson lesson : content.lessons()) {
            String slug = lesson.slug();
            String dir = safeDir(slug);
            int line = lesson.metadata().slug().map(Located::line).orElse(0);
            if (!dir.equals(slug)) {
                sink.forFile(lesson.file()).report(Rule.UNSAFE_SLUG, line, 0,
                        "slug `" + slug + "` is not a plain name; its pages go to lessons/" + dir + "/");
            }
            Lesson first = byDir.putIfAbsent(dir, lesson);
            if (first != null) {
                sink.forFile(lesson.file()).report(Rule.DUPLICATE_SLUG, line, 0,
                        "slug `" + slug + "` is already used by " + first.file() + "; this lesson gets no pages");
                continue;
            }
            published.add(new PublishedLesson(lesson, dir));
        }
        return published;
    }

    static String safeDir(String slug) {
        if (SAFE_DIR.matcher(slug).matches() && !slug.equals(RESERVED_DIR)) {
            return slug;
        }
        String dir = slug.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^[-_]+", "");
        if (dir.isEmpty()) {
            return "lesson";
        }
        return dir.equals(RESERVED_DIR) ? RESERVED_DIR + "-lesson" : dir;
    }
}
