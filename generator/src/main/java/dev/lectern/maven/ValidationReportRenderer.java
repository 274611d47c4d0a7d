package dev.lectern.maven;

import dev.lectern.render.LessonReport;
import dev.lectern.render.ValidationPageRenderer;
import dev.lectern.render.ValidationReport;
import dev.lectern.render.ValidationReport.DiagnosticRow;
import dev.lectern.site.CheckResult;
import dev.lectern.site.DiagnosticFormats;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The "Lesson validation" page of the Maven site: totals, the review board (latest verdict,
 * iteration, date and open findings per lesson), checklist completion, each lesson's diagnostics,
 * the other files' diagnostics, and the rule catalog. It shows what {@code check} finds; the
 * course's own page ({@code lessons/reports/validation.html}) adds what publishing finds (formulas,
 * links). Links are relative to the site root, where the lessons are under {@code lessons/}.
 */
final class ValidationReportRenderer extends AbstractMavenReportRenderer {

    static final String TITLE = ValidationPageRenderer.TITLE;

    private final CheckResult result;
    private final String contentDir;
    private final ValidationReport report;

    /** @param contentDir the content folder as shown to the reader, such as {@code content} */
    ValidationReportRenderer(Sink sink, CheckResult result, String contentDir) {
        super(sink);
        this.result = result;
        this.contentDir = contentDir;
        this.report = ValidationReport.of(result.content(), result.diagnostics());
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        DiagnosticFormats.Summary summary = DiagnosticFormats.Summary.of(result.diagnostics());
        startSection(TITLE);
        int lessons = report.lessonCount();
        paragraph("Lectern read " + lessons + (lessons == 1 ? " lesson specification" : " lesson specifications")
                + " in " + contentDir + " and found " + summary.line() + ".");
        startTable();
        tableHeader(new String[] {"Errors", "Warnings", "Infos", "Files with diagnostics"});
        tableRow(new String[] {Long.toString(summary.errors()), Long.toString(summary.warnings()),
            Long.toString(summary.infos()), Long.toString(summary.files())});
        endTable();
        sink.paragraph();
        text("Problems found while publishing (formulas KaTeX cannot typeset, broken links) are listed too on the ");
        link(ValidationPageRenderer.PATH, "course's own validation page");
        text(".");
        sink.paragraph_();
        renderReviewBoard();
        renderChecklists();
        renderLessons();
        renderOtherFiles();
        renderRules();
        endSection();
    }

    private void renderReviewBoard() {
        startSection("Review board", "review-board");
        if (report.lessons().isEmpty()) {
            paragraph("No lesson specifications were found.");
        } else {
            paragraph("A lesson's open findings are the findings listed in its latest review. "
                    + "A lesson is a draft until its latest verdict is PASS.");
            startTable();
            tableHeader(new String[] {"Lesson", "Module", "Latest verdict", "Iteration", "Date", "Critical",
                "Improvement", "Polish", "Pages"});
            for (LessonReport l : report.lessons()) {
                sink.tableRow();
                lessonCell(l);
                tableCell(l.module());
                tableCell(l.verdict());
                tableCell(l.iteration());
                tableCell(l.date());
                tableCell(Long.toString(l.open().critical()));
                tableCell(Long.toString(l.open().improvement()));
                tableCell(Long.toString(l.open().polish()));
                sink.tableCell();
                if (l.published()) {
                    link(lessonPage(l, "index.html"), "lesson");
                    text(" · ");
                    link(lessonPage(l, "spec.html"), "spec");
                    text(" · ");
                    link(lessonPage(l, "review.html"), "review");
                } else {
                    text("none");
                }
                sink.tableCell_();
                sink.tableRow_();
            }
            endTable();
        }
        endSection();
    }

    private void renderChecklists() {
        startSection("Checklists", "checklists");
        if (report.lessons().isEmpty()) {
            paragraph("No lesson specifications were found.");
        } else {
            startTable();
            tableHeader(new String[] {"Lesson", "Checklists", "Items ticked"});
            for (LessonReport l : report.lessons()) {
                sink.tableRow();
                lessonCell(l);
                tableCell(l.checklists().isEmpty() ? "–" : l.checklistSummary());
                tableCell(l.itemsChecked() + "/" + l.items());
                sink.tableRow_();
            }
            endTable();
        }
        endSection();
    }

    private void renderLessons() {
        startSection("Lessons", "lessons");
        for (LessonReport l : report.lessons()) {
            startSection(l.title(), l.id());
            sink.paragraph();
            text(contentDir + "/" + l.file());
            if (l.published()) {
                text(" · ");
                link(lessonPage(l, "index.html"), "lesson page");
            }
            text(" · " + (l.counts().total() == 0 ? "no diagnostics" : l.counts().text()));
            sink.paragraph_();
            diagnostics(l.diagnostics());
            endSection();
        }
        endSection();
    }

    private void renderOtherFiles() {
        startSection("Other files", "other-files");
        if (report.otherFiles().isEmpty()) {
            paragraph("No diagnostics.");
        }
        for (ValidationReport.FileReport f : report.otherFiles()) {
            startSection(contentDir + "/" + f.file(), f.id());
            diagnostics(f.diagnostics());
            endSection();
        }
        endSection();
    }

    private void renderRules() {
        startSection("Rules", "rules");
        paragraph("Each rule's id, as diagnostics and lectern.yaml name it, and its default severity.");
        startTable();
        tableHeader(new String[] {"Rule", "Default severity", "What it reports"});
        for (ValidationReport.RuleRow rule : report.rules()) {
            tableRow(new String[] {rule.id(), rule.severity(), rule.description()});
        }
        endTable();
        endSection();
    }

    private void diagnostics(List<DiagnosticRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        startTable();
        tableHeader(new String[] {"Line", "Severity", "Rule", "Message"});
        for (DiagnosticRow d : rows) {
            tableRow(new String[] {d.location(), d.severity(), d.rule(), d.message()});
        }
        endTable();
    }

    /** The lesson's title, linking to its section of this page. */
    private void lessonCell(LessonReport l) {
        sink.tableCell();
        link("#" + l.id(), l.title());
        sink.tableCell_();
    }

    private static String lessonPage(LessonReport lesson, String page) {
        return "lessons/" + lesson.dir() + "/" + page;
    }
}
