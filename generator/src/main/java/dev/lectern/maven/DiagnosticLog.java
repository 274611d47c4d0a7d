package dev.lectern.maven;

import dev.lectern.model.Diagnostic;
import dev.lectern.site.DiagnosticFormats;
import dev.lectern.site.StageTiming;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** Prints diagnostics through the Maven log at their own level, in the compiler format. */
final class DiagnosticLog {

    private final Log log;
    private final String contentDir;

    /** @param contentDir the content folder as shown, such as {@code content}: files are shown under it */
    DiagnosticLog(Log log, String contentDir) {
        this.log = log;
        this.contentDir = contentDir;
    }

    /** Each diagnostic, then the summary line. */
    void report(List<Diagnostic> diagnostics) {
        for (Diagnostic d : DiagnosticFormats.under(contentDir, diagnostics)) {
            switch (d.severity()) {
                case ERROR -> log.error(d.format());
                case WARNING -> log.warn(d.format());
                case INFO -> log.info(d.format());
            }
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
