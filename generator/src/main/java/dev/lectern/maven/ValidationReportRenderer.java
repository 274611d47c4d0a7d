package dev.lectern.maven;

import dev.lectern.render.ValidationPageRenderer;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The "Lesson validation" page of the Maven site: under its title, the sections of the course's own
 * validation page, written by the same template (as raw HTML: Doxia has no collapsible sections), its
 * links to the lessons going under {@code lessons/}.
 */
final class ValidationReportRenderer extends AbstractMavenReportRenderer {

    static final String TITLE = ValidationPageRenderer.TITLE;

    private final String body;

    /** @param body the page's body ({@link ReportPage#body()}) */
    ValidationReportRenderer(Sink sink, String body) {
        super(sink);
        this.body = body;
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        startSection(TITLE);
        sink.rawText(body);
        endSection();
    }
}
