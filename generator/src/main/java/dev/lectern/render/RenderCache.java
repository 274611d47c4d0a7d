package dev.lectern.render;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Lesson;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** The course index last rendered, by its model without the markup object (see {@link #courseIndex}). */
    private CoursePage indexModel;
    private PageFrame indexFrame;
    private RenderedFile indexFile;

    /** Everything else a lesson's pages depend on. */
    record Context(String dir, String reportId, Optional<String> moduleTitle, Optional<String> seriesTitle,
                   LessonNav nav, PageFrame frame, List<Diagnostic> before) {
    }

    private record Entry(Context context, List<RenderedFile> files, List<Diagnostic> reported) {
    }

    /** A lesson's rendered files and the diagnostics rendering them reported. */
    record Rendered(List<RenderedFile> files, List<Diagnostic> reported) {
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
        return entry != null && entry.context().equals(context)
                ? Optional.of(new Rendered(entry.files(), entry.reported())) : Optional.empty();
    }

    synchronized void remember(Lesson lesson, Context context, List<RenderedFile> files, List<Diagnostic> reported) {
        if (enabled) {
            entries.put(lesson, new Entry(context, List.copyOf(files), List.copyOf(reported)));
        }
    }

    /**
     * The course index: the very same file as last time when its model is equal, so nothing downstream
     * hashes or scans it again (most edits leave it as it was). The model's texts decide the markup
     * the page shows of {@code course.md}, so the markup object is left out of the comparison; a page
     * whose rendering reported something (a formula KaTeX refused) is never remembered, so that it is
     * reported again at every build.
     *
     * @param frame    the page's frame, which the file depends on as much as on the model
     * @param render   renders the page
     * @param reported whether rendering it reported anything, asked once it is rendered
     */
    synchronized RenderedFile courseIndex(CoursePage page, PageFrame frame, Supplier<RenderedFile> render,
                                          BooleanSupplier reported) {
        CoursePage model = page.withoutMarkup();
        if (enabled && model.equals(indexModel) && frame.equals(indexFrame)) {
            return indexFile;
        }
        RenderedFile file = render.get();
        boolean keep = enabled && !reported.getAsBoolean();
        indexModel = keep ? model : null;
        indexFrame = keep ? frame : null;
        indexFile = keep ? file : null;
        return file;
    }

    /** Forgets lessons no longer in the course. */
    synchronized void keepOnly(Collection<Lesson> lessons) {
        Set<Lesson> current = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        current.addAll(lessons);
        entries.keySet().retainAll(current);
    }
}
