package dev.lectern.render;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.DiagnosticSink;
import java.util.List;

/** Renders the course into the site's files, in memory; the site stage writes them. */
@FunctionalInterface
public interface PageRenderer {
    /**
     * @param diagnostics the build's diagnostics so far, as the rule policy left them, those this
     *                    render reports included: pages of lessons with diagnostics link to the
     *                    validation report and say how many
     * @param sink        where problems found while rendering (formulas, slugs) go
     */
    List<RenderedFile> render(CourseContent content, DiagnosticCollector diagnostics, DiagnosticSink sink);
}
