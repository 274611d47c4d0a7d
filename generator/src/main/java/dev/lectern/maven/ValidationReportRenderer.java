package dev.lectern.maven;

import dev.lectern.render.ValidationPageRenderer;
import dev.lectern.site.CheckResult;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The "Lesson validation" page of the Maven site: under its title, the sections of the course's own
 * validation page, written by the same template (as raw HTML: Doxia has no collapsible sections),
 * with what {@code check} finds and links to the lessons under {@code lessons/}.
 */
final class ValidationReportRenderer extends AbstractMavenReportRenderer {

    static final String TITLE = ValidationPageRenderer.TITLE;

    private final String body;

    /** @param contentDir the content folder as shown to the reader, such as {@code content} */
    ValidationReportRenderer(Sink sink, CheckResult result, String contentDir) {
        super(sink);
        this.body = ValidationPageRenderer.mavenSiteBody(result.content(), result.diagnostics(), result.listedFrom(),
                contentDir);
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
