package dev.lectern.maven;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.site.DiagnosticFormats;
import dev.lectern.site.SourceExcerpts;
import dev.lectern.site.StageTiming;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints diagnostics through the Maven log at their own level, in the compiler format: each
 * diagnostic's line, then its source line and caret, each line at the diagnostic's level (so the
 * caret stays under its column after Maven's {@code [WARNING]} prefix). Those less severe than the
 * least asked for are counted, not printed, as {@code lectern check} does.
 */
final class DiagnosticLog {

    private final Log log;
    private final String contentDir;
    private final SourceExcerpts excerpts;
    private final Severity least;

    /**
     * @param contentDir the content folder as shown, such as {@code content}: files are shown under it
     * @param excerpts   where the source lines come from
     * @param least      the least severe diagnostic printed
     */
    DiagnosticLog(Log log, String contentDir, SourceExcerpts excerpts, Severity least) {
        this.log = log;
        this.contentDir = contentDir;
        this.excerpts = excerpts;
        this.least = least;
    }

    /** Each diagnostic at least as severe as asked for, then how many others there are, then the summary line. */
    void report(List<Diagnostic> diagnostics) {
        List<Diagnostic> shown = diagnostics.stream().filter(d -> d.severity().atLeast(least)).toList();
        for (Diagnostic d : shown) {
            for (String line : DiagnosticFormats.entry(d, excerpts, contentDir)) {
                switch (d.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> log.warn(line);
                    case INFO -> log.info(line);
                }
            }
        }
        if (shown.size() < diagnostics.size()) {
            log.info("Lectern: " + (diagnostics.size() - shown.size()) + " more not shown (minSeverity " + least.label()
                    + "; -Dlectern.minSeverity=info shows them, as the validation page does)");
        }
        log.info("Lectern: " + DiagnosticFormats.Summary.of(diagnostics).line());
    }

    void timings(List<StageTiming> timings) {
        log.info("Lectern stages: " + DiagnosticFormats.timings(timings));
    }

    /**
     * The content folder relative to the project, as {@code content}, so that the printed locations
     * are the ones a developer types; absolute when it lies elsewhere.
     */
    static String display(Path basedir, Path contentDir) {
        Path base = basedir.toAbsolutePath().normalize();
        Path dir = contentDir.toAbsolutePath().normalize();
        if (dir.equals(base)) {
            return ".";
        }
        return dir.startsWith(base) ? base.relativize(dir).toString().replace('\\', '/') : dir.toString();
    }
}
