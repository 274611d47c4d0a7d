package dev.lectern.maven;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Lesson;
import dev.lectern.model.Severity;
import dev.lectern.site.CheckResult;
import dev.lectern.site.DiagnosticFormats;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The "Lesson validation" page: totals, the lessons with links to their pages, and a table of
 * diagnostics per file. Links are relative to the site root, where the lessons are under {@code lessons/}.
 */
final class ValidationReportRenderer extends AbstractMavenReportRenderer {

    static final String TITLE = "Lesson validation";

    private final CheckResult result;
    private final String contentDir;

    /** @param contentDir the content folder as shown to the reader, such as {@code content} */
    ValidationReportRenderer(Sink sink, CheckResult result, String contentDir) {
        super(sink);
        this.result = result;
        this.contentDir = contentDir;
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        List<Diagnostic> diagnostics = result.diagnostics();
        DiagnosticFormats.Summary summary = DiagnosticFormats.Summary.of(diagnostics);
        startSection(TITLE);
        int lessons = result.content().lessons().size();
        paragraph("Lectern read " + lessons + (lessons == 1 ? " lesson specification" : " lesson specifications") + " in " + contentDir
                + " and found " + summary.line() + ".");
        startTable();
        tableHeader(new String[] {"Errors", "Warnings", "Infos", "Files with diagnostics"});
        tableRow(new String[] {Long.toString(summary.errors()), Long.toString(summary.warnings()),
            Long.toString(summary.infos()), Long.toString(summary.files())});
        endTable();
        renderLessons();
        renderFiles();
        endSection();
    }

    private void renderLessons() {
        startSection("Lessons");
        List<Lesson> lessons = result.content().lessons();
        if (lessons.isEmpty()) {
            paragraph("No lesson specifications were found.");
        } else {
            Map<String, List<Diagnostic>> byFile = byFile();
            startTable();
            tableHeader(new String[] {"Lesson", "Module", "Errors", "Warnings", "Infos", "Pages"});
            for (Lesson lesson : lessons) {
                List<Diagnostic> own = byFile.getOrDefault(lesson.file(), List.of());
                sink.tableRow();
                sink.tableCell();
                link(lessonPage(lesson, "index.html"), lesson.displayTitle());
                sink.tableCell_();
                tableCell(lesson.moduleId().orElse(""));
                tableCell(count(own, Severity.ERROR));
                tableCell(count(own, Severity.WARNING));
                tableCell(count(own, Severity.INFO));
                sink.tableCell();
                link(lessonPage(lesson, "index.html"), "lesson");
                text(" · ");
                link(lessonPage(lesson, "spec.html"), "spec");
                text(" · ");
                link(lessonPage(lesson, "review.html"), "review");
                sink.tableCell_();
                sink.tableRow_();
            }
            endTable();
        }
        endSection();
    }

    private void renderFiles() {
        startSection("Diagnostics by file");
        Map<String, List<Diagnostic>> byFile = byFile();
        if (byFile.isEmpty()) {
            paragraph("No diagnostics.");
        }
        Map<String, Lesson> lessons = result.content().lessons().stream()
                .collect(Collectors.toMap(Lesson::file, Function.identity(), (a, b) -> a));
        byFile.forEach((file, diagnostics) -> {
            startSection(contentDir + "/" + file);
            Optional.ofNullable(lessons.get(file)).ifPresent(lesson -> {
                sink.paragraph();
                text("Lesson: ");
                link(lessonPage(lesson, "index.html"), lesson.displayTitle());
                sink.paragraph_();
            });
            startTable();
            tableHeader(new String[] {"Line", "Severity", "Rule", "Message"});
            for (Diagnostic d : diagnostics) {
                tableRow(new String[] {d.line() + (d.column() > 0 ? ":" + d.column() : ""), d.severity().label(),
                    d.rule(), d.message()});
            }
            endTable();
            endSection();
        });
        endSection();
    }

    /** Diagnostics grouped by file, files in name order, each group in the order given. */
    private Map<String, List<Diagnostic>> byFile() {
        return result.diagnostics().stream()
                .collect(Collectors.groupingBy(Diagnostic::file, TreeMap::new, Collectors.toList()));
    }

    private static String lessonPage(Lesson lesson, String page) {
        return "lessons/" + lesson.slug() + "/" + page;
    }

    private static String count(List<Diagnostic> diagnostics, Severity severity) {
        return Long.toString(diagnostics.stream().filter(d -> d.severity() == severity).count());
    }
}
