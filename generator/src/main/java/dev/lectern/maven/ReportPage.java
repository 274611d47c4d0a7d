package dev.lectern.maven;

import dev.lectern.render.ValidationPageRenderer;
import dev.lectern.site.CheckResult;
import dev.lectern.site.DiagnosticFormats;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.math.WholeFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Lesson validation" report's page: its summary line for the log and its body.
 *
 * <p>The {@code generate} goal leaves the page of what its build found for the report goal of the same project
 * in the same Maven run, so that {@code mvn site} reads and validates the course once. It travels in Maven's
 * plugin context, which a plugin's goals share per project, as JDK types only: the site plugin runs reports in
 * a class realm of its own, where this plugin's classes are not the {@code generate} goal's. The goal also keeps
 * the page in the build folder, named by its build, for the next {@code mvn site} that finds nothing changed.
 *
 * @param summary the summary line, such as {@code 0 errors, 2 warnings, 1 info in 3 files}
 * @param body    the page's body, HTML
 */
record ReportPage(String summary, String body) {
    private static final String KEY = "dev.lectern.validation-report:";

    /**
     * @param contentDir the content folder as shown to the reader, such as {@code content}
     * @param published  {@code result} is a build's (typesetting and the link check included), not a check's
     */
    static ReportPage of(CheckResult result, String contentDir, boolean published) {
        return new ReportPage(DiagnosticFormats.Summary.of(result.diagnostics()).line(),
                ValidationPageRenderer.mavenSiteBody(result.content(), result.diagnostics(), result.listedFrom(),
                        contentDir, published));
    }

    /** This page of {@code build}, kept in {@code file}; a page that could not be kept is made again when needed. */
    ReportPage keep(Path file, String build) {
        try {
            Files.createDirectories(file.getParent());
            WholeFile.replace(file, new ObjectMapper().writeValueAsBytes(new Kept(build, summary, body)));
        } catch (IOException e) {
            // the next report of this build reads the course again
        }
        return this;
    }

    /** The page kept in {@code file}, when it is of {@code build}. */
    static Optional<ReportPage> kept(Path file, String build) {
        try {
            Kept kept = new ObjectMapper().readValue(file.toFile(), Kept.class);
            return build.equals(kept.build()) && kept.summary() != null && kept.body() != null
                    ? Optional.of(new ReportPage(kept.summary(), kept.body())) : Optional.empty();
        } catch (IOException | RuntimeException missingOrUnreadable) {
            return Optional.empty();
        }
    }

    private record Kept(String build, String summary, String body) {
    }

    /** Leaves this page of {@code contentDir} in Maven's plugin {@code context}. */
    @SuppressWarnings("unchecked") // Maven's plugin context is a raw Map
    void leave(@SuppressWarnings("rawtypes") Map context, File contentDir) {
        context.put(key(contentDir), List.of(summary, body));
    }

    /** The page of {@code contentDir} a goal left in {@code context}, taken out; empty when there is none. */
    static Optional<ReportPage> take(@SuppressWarnings("rawtypes") Map context, File contentDir) {
        Object left = context == null ? null : context.remove(key(contentDir));
        return left instanceof List<?> page && page.size() == 2 && page.get(0) instanceof String summary
                && page.get(1) instanceof String body ? Optional.of(new ReportPage(summary, body)) : Optional.empty();
    }

    private static String key(File contentDir) {
        return KEY + contentDir.toPath().toAbsolutePath().normalize();
    }
}
