package dev.lectern.render;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import java.util.List;

/** Renders the course into the site's files, in memory; the site stage writes them. */
@FunctionalInterface
public interface PageRenderer {
    List<RenderedFile> render(CourseContent content, DiagnosticSink sink);
}
