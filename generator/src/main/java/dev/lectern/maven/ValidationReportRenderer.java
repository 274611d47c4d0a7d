package dev.lectern.maven;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.lectern.model.ClaimVerification;
import dev.lectern.model.Rule;
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
 * The "Lesson validation" page of the Maven site. It opens with what blocks publishing: the lessons
 * that cannot be published and why, the contradicted checklist claims, a summary by rule and the
 * checklist verification across the course; then the review board (latest verdict, iteration, date
 * and open findings per lesson), each lesson's checklist items and diagnostics (collapsed), the other
 * files' diagnostics, and the rule catalog. It shows what {@code check} finds; the
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
        this.report = ValidationReport.of(result.content(), result.diagnostics(), result.listedFrom());
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
        sink.paragraph();
        text("Problems found while publishing (formulas KaTeX cannot typeset, broken links) are listed too on the ");
        link(ValidationPageRenderer.PATH, "course's own validation page");
        text(".");
        sink.paragraph_();
        renderPublishing();
        renderContradicted();
        renderRuleSummary();
        renderChecklistVerification();
        renderReviewBoard();
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
                    + "A lesson is a draft until it is publishable: its latest verdict is a PASS and it has no error.");
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

    private void renderPublishing() {
        startSection("Can we publish?", "publishing");
        List<LessonReport> blocked = report.blocked();
        if (report.lessons().isEmpty()) {
            paragraph("No lesson specifications were found.");
        } else if (blocked.isEmpty()) {
            paragraph("Every lesson can be published: each has a PASS verdict and no error.");
        } else {
            paragraph(blocked.size() + " of " + report.lessonCount() + " lessons cannot be published. A lesson is "
                    + "publishable when its latest review's verdict is a PASS and it has no error.");
            startTable();
            tableHeader(new String[] {"Lesson", "Latest verdict", "What must change"});
            for (LessonReport l : blocked) {
                sink.tableRow();
                lessonCell(l);
                tableCell(l.verdict());
                List<String> why = new java.util.ArrayList<>();
                if (!l.publishability().passed()) {
                    why.add(l.publishability().reasons().get(0));
                }
                l.errors().forEach(d -> why.add(l.file() + (d.line() > 0 ? ":" + d.location() : "") + " " + d.rule()
                        + ": " + d.message()));
                l.criticalFindings().forEach(f -> why.add("open CRITICAL finding at line " + f));
                tableCell(String.join("; ", why));
                sink.tableRow_();
            }
            endTable();
        }
        endSection();
    }

    private void renderContradicted() {
        startSection("Contradicted checklist claims", "contradicted");
        if (report.contradictedClaims() == 0) {
            paragraph("No ticked checklist item is contradicted by the specification.");
        } else {
            startTable();
            tableHeader(new String[] {"Lesson", "Item", "Why", "Evidence"});
            for (LessonReport l : report.withContradictedClaims()) {
                for (ClaimVerification c : l.contradicted()) {
                    sink.tableRow();
                    lessonCell(l);
                    tableCell(c.item().line() + ": " + c.item().text().plain());
                    tableCell(c.reason());
                    tableCell(c.evidenceText());
                    sink.tableRow_();
                }
            }
            endTable();
        }
        endSection();
    }

    private void renderRuleSummary() {
        startSection("Diagnostics by rule", "by-rule");
        if (report.ruleCounts().isEmpty()) {
            paragraph("No diagnostics.");
        } else {
            startTable();
            tableHeader(new String[] {"Rule", "Severity", "Count", "Files", "What it checks"});
            for (ValidationReport.RuleCount r : report.ruleCounts()) {
                tableRow(new String[] {r.rule(), r.severity(), Long.toString(r.count()), Long.toString(r.files()),
                    Rule.byId(r.rule()).map(Rule::description).orElse("")});
            }
            endTable();
        }
        endSection();
    }

    private void renderChecklistVerification() {
        startSection("Checklist verification", "checklists");
        if (report.claimCounts().isEmpty()) {
            paragraph("No checklist items were found.");
        } else {
            startTable();
            tableHeader(new String[] {"Check", "Verified", "Contradicted", "Not machine-checkable", "Unknown", "Items"});
            for (ValidationReport.ClaimCount c : report.claimCounts()) {
                claimCountRow(c.claim().isEmpty() ? "no check matches the item's words" : c.claim(), c);
            }
            claimCountRow("All items", report.claimTotals());
            endTable();
        }
        endSection();
    }

    private void claimCountRow(String name, ValidationReport.ClaimCount c) {
        tableRow(new String[] {name, Long.toString(c.verified()), Long.toString(c.contradicted()),
            Long.toString(c.notMachineCheckable()), Long.toString(c.unknown()), Long.toString(c.total())});
    }

    /**
     * Each lesson collapsed, as on the validation page: a summary line (title, verdict, whether it can be
     * published, its counts) that opens to its checklist items and diagnostics. Doxia has no details
     * element, so it is written as raw HTML around the sink's own paragraphs and tables.
     */
    private void renderLessons() {
        startSection("Lessons", "lessons");
        if (!report.lessons().isEmpty()) {
            paragraph("Each lesson opens to its checklist items and diagnostics.");
        }
        for (LessonReport l : report.lessons()) {
            sink.rawText("<details class=\"lesson-report\" id=\"" + Escaping.escapeHtml(l.id(), false) + "\"><summary>");
            text(l.title() + " · " + l.verdict() + (l.publishable() ? "" : " · not publishable")
                    + (l.counts().total() == 0 ? "" : " · " + l.counts().text()));
            sink.rawText("</summary>");
            sink.paragraph();
            text(contentDir + "/" + l.file());
            if (l.published()) {
                text(" · ");
                link(lessonPage(l, "index.html"), "lesson page");
            }
            text(" · " + (l.counts().total() == 0 ? "no diagnostics" : l.counts().text()));
            sink.paragraph_();
            if (!l.claims().isEmpty()) {
                startTable();
                tableHeader(new String[] {"Item", "Status", "Why", "Evidence"});
                for (ClaimVerification c : l.claims()) {
                    tableRow(new String[] {c.item().line() + ": " + (c.item().checked() ? "[x] " : "[ ] ")
                        + c.item().text().plain(), c.status().label(), c.reason(), c.evidenceText()});
                }
                endTable();
            }
            diagnostics(l.diagnostics());
            unlisted(l.counts().total() - l.diagnostics().size());
            sink.rawText("</details>");
        }
        endSection();
    }

    /** Says how many diagnostics less severe than the report lists were counted, not listed. */
    private void unlisted(long count) {
        if (count > 0) {
            paragraph(count + " less severe than " + report.listedFrom() + " counted, not listed (pages: min-severity "
                    + "in lectern.yaml).");
        }
    }

    private void renderOtherFiles() {
        startSection("Other files", "other-files");
        if (report.otherFiles().isEmpty()) {
            paragraph("No diagnostics.");
        }
        for (ValidationReport.FileReport f : report.otherFiles()) {
            startSection(contentDir + "/" + f.file(), f.id());
            diagnostics(f.diagnostics());
            unlisted(f.counts().total() - f.diagnostics().size());
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
