package dev.lectern.render;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.validate.ChecklistClaims;
import java.util.List;

/**
 * Renders the validation report into the site as {@code lessons/reports/validation.html}, with the
 * built-in templates. The site stage calls it last, with every diagnostic of the build. Its links
 * depend on the content alone (every lesson has a section, every rule a row), never on the
 * diagnostics, so a page rendered before the link check has the same links as the final one.
 */
public final class ValidationPageRenderer {
    /** Where the page goes, under the site root. */
    public static final String PATH = "lessons/reports/validation.html";
    public static final String TITLE = "Lesson validation";

    private final PageTemplates templates = new PageTemplates();
    private final ChecklistClaims claims;
    /** The last page rendered, with its model: serve's edits mostly leave the report as it was. */
    private Rendered last;

    private record Rendered(ValidationPage page, RenderedFile file) {
    }

    /** @param claims the build's checklist verifications, as validation worked them out */
    public ValidationPageRenderer(ChecklistClaims claims) {
        this.claims = claims;
    }

    /**
     * The page; the very same file as last time when its model is equal (a value of records and
     * strings, which the template alone turns into bytes), so nothing downstream hashes or scans it again.
     *
     * @param listedFrom the least severe diagnostics listed one by one; the others are counted per rule
     */
    public RenderedFile render(CourseContent content, List<Diagnostic> diagnostics, Severity listedFrom) {
        ValidationPage page = new ValidationPage("../", "validation", TITLE,
                ValidationReport.of(content, diagnostics, listedFrom, claims));
        synchronized (this) {
            if (last != null && last.page().equals(page)) {
                return last.file();
            }
        }
        RenderedFile file = new RenderedFile(PATH, templates.renderUtf8("validation.ftlh", page));
        synchronized (this) {
            last = new Rendered(page, file);
        }
        return file;
    }

    /**
     * The report's sections as HTML for the Maven site's "Lesson validation" page (the same
     * sections, ids and anchors as the course's page, its links to lessons under {@code lessons/}).
     *
     * @param contentDir the content folder as shown to the reader, such as {@code content}
     * @param published  the diagnostics are a build's, typesetting and the link check included, not only a check's
     */
    public static String mavenSiteBody(CourseContent content, List<Diagnostic> diagnostics, Severity listedFrom,
                                       String contentDir, boolean published) {
        return new PageTemplates().render("validation-report.ftlh", new ValidationReportBody(contentDir,
                PATH, ValidationReport.of(content, diagnostics, listedFrom, new ChecklistClaims()), published));
    }
}
