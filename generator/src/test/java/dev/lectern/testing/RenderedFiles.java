package dev.lectern.testing;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Publication;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderedFile;
import java.util.ArrayList;
import java.util.List;

/** A render's files, gathered in order, rendered as a build renders them. */
public final class RenderedFiles {

    private RenderedFiles() {
    }

    /**
     * @param diagnostics what the pages count: those found before, and (as in a build, whose sink leads to
     *                    its collector) those the render reports
     */
    public static List<RenderedFile> of(PageRenderer renderer, CourseContent content, Publication publication,
                                        DiagnosticCollector diagnostics) {
        List<RenderedFile> files = new ArrayList<>();
        renderer.render(content, publication, diagnostics, diagnostics, files::add);
        return files;
    }

    /** As {@link #of(PageRenderer, CourseContent, Publication, DiagnosticCollector)}, published by default. */
    public static List<RenderedFile> of(PageRenderer renderer, CourseContent content, DiagnosticCollector diagnostics) {
        return of(renderer, content, Publication.defaults(), diagnostics);
    }
}
