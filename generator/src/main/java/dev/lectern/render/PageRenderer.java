package dev.lectern.render;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticSink;
import java.util.List;

/** Renders the course into the site's files, in memory; the site stage writes them. */
@FunctionalInterface
public interface PageRenderer {
    /**
     * @param known the diagnostics found before rendering (loading, validation): pages of lessons with
     *              diagnostics link to the validation report
     * @param sink  where problems found while rendering (formulas, slugs) go
     */
    List<RenderedFile> render(CourseContent content, List<Diagnostic> known, DiagnosticSink sink);
}
