package dev.lectern.render;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Publication;
import java.util.function.Consumer;

/** Renders the course into the site's files, handing each over as soon as it is made. */
@FunctionalInterface
public interface PageRenderer {
    /**
     * @param publication what {@code lectern.yaml} says the site publishes: drafts to students or not,
     *                    the authors' pages or not, its address
     * @param diagnostics the build's diagnostics so far, as the rule policy left them, those this
     *                    render reports included: pages of lessons with diagnostics link to the
     *                    validation report and say how many
     * @param sink        where problems found while rendering (formulas, slugs) go
     * @param out         takes each file, in a fixed order; the site stage writes it and lets it go
     */
    void render(CourseContent content, Publication publication, DiagnosticCollector diagnostics, DiagnosticSink sink,
                Consumer<RenderedFile> out);
}
