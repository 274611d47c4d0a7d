package dev.lectern.render;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Lesson;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What a long-running process ({@code lectern serve}) remembers of the lessons it rendered: a lesson
 * that is the very same parsed object (the parse cache hands out the same one while its file is
 * unchanged), in the same folder, with the same titles around it and the same diagnostics, renders
 * to the same files, so they are handed out again with what rendering them reported. A one-off
 * build uses {@link #none()}, which remembers nothing and so holds no pages in memory.
 */
public final class RenderCache {
    private final boolean enabled;
    private final Map<Lesson, Entry> entries = new IdentityHashMap<>();
    /** The course-wide pages of the last render, by path, with their models (see {@link #coursePage}). */
    private Map<String, Page> pages = new HashMap<>();
    /** Those of this render, so far. */
    private Map<String, Page> rendered = new HashMap<>();
    private LessonNumbers numbers = LessonNumbers.NONE;

    /** Everything else a lesson's pages and search entry depend on. */
    record Context(String dir, String reportId, Optional<String> moduleTitle, Optional<String> seriesTitle,
                   String moduleHeading, LessonNav nav, LessonNumbers numbers, PageFrame frame, List<Diagnostic> before) {
    }

    private record Entry(Context context, Rendered rendered) {
    }

    private record Page(Record model, PageFrame frame, RenderedFile file) {
    }

    /**
     * A lesson's rendered pages, its search entry and {@code search-sections.js} ({@link SearchIndex}),
     * which only a lesson in the students' search publishes, and the diagnostics rendering them reported.
     */
    record Rendered(List<RenderedFile> files, SearchIndex.LessonSearch search, List<Diagnostic> reported) {
        Rendered {
            files = List.copyOf(files);
            reported = List.copyOf(reported);
        }
    }

    private RenderCache(boolean enabled) {
        this.enabled = enabled;
    }

    public static RenderCache none() {
        return new RenderCache(false);
    }

    public static RenderCache inMemory() {
        return new RenderCache(true);
    }

    synchronized Optional<Rendered> lookup(Lesson lesson, Context context) {
        Entry entry = entries.get(lesson);
        return entry != null && entry.context().equals(context) ? Optional.of(entry.rendered()) : Optional.empty();
    }

    synchronized void remember(Lesson lesson, Context context, Rendered rendered) {
        if (enabled) {
            entries.put(lesson, new Entry(context, rendered));
        }
    }

    /**
     * A course-wide page (the course index, a series or module page): the very same file as last time
     * when its model is equal, so nothing downstream hashes or scans it again (an edit of a lesson's
     * text changes no title, and so none of them). The model's texts decide the markup the page shows
     * of a plan or {@code course.md}, so the markup object is left out of the comparison; a page whose
     * rendering reported something (a formula KaTeX refused) is never remembered, so that it is
     * reported again at every build.
     *
     * @param model    the page's model without its markup object
     * @param frame    the page's frame, which the file depends on as much as on the model
     * @param render   renders the page
     * @param reported whether rendering it reported anything, asked once it is rendered
     */
    synchronized RenderedFile coursePage(String path, Record model, PageFrame frame, Supplier<RenderedFile> render,
                                         BooleanSupplier reported) {
        Page known = pages.get(path);
        if (enabled && known != null && known.model().equals(model) && known.frame().equals(frame)) {
            rendered.put(path, known);
            return known.file();
        }
        RenderedFile file = render.get();
        if (enabled && !reported.getAsBoolean()) {
            rendered.put(path, new Page(model, frame, file));
        }
        return file;
    }

    /**
     * The last render's lesson numbers when equal to {@code fresh}, else {@code fresh}: the lessons' contexts then share
     * one map, which compares with itself at once.
     */
    synchronized LessonNumbers same(LessonNumbers fresh) {
        if (enabled && !fresh.equals(numbers)) {
            numbers = fresh;
        }
        return enabled ? numbers : fresh;
    }

    /** Forgets lessons no longer in the course, and the course-wide pages the last render did not make. */
    synchronized void keepOnly(Collection<Lesson> lessons) {
        pages = rendered;
        rendered = new HashMap<>();
        Lesson.keepOnly(entries, lessons);
    }
}
