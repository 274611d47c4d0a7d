package dev.lectern.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.render.DiagnosticCounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How diagnostics are printed, shared by the command line and the Maven plugin: the compiler-style
 * text report (with source excerpts) and the JSON report ({@code check --format json}); SARIF is
 * {@link SarifReport}.
 */
public final class DiagnosticFormats {

    /** Configured once and never changed: Jackson documents it as safe to share. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private DiagnosticFormats() {
    }

    /** The counts a report ends with; {@code files} is the number of files that have diagnostics. */
    public record Summary(DiagnosticCounts counts, long files) {

        public static Summary of(List<Diagnostic> diagnostics) {
            return new Summary(DiagnosticCounts.of(diagnostics),
                    diagnostics.stream().map(Diagnostic::file).distinct().count());
        }

        /** {@code 2 errors, 1 warning, 0 infos in 3 files}. */
        public String line() {
            return DiagnosticCounts.plural(counts.errors(), "error") + ", "
                    + DiagnosticCounts.plural(counts.warnings(), "warning") + ", "
                    + DiagnosticCounts.plural(counts.infos(), "info") + " in " + DiagnosticCounts.plural(files, "file");
        }
    }

    /**
     * The same diagnostics with their files shown under {@code dir} (for example the content folder
     * as the user typed it), so that editors and terminals can open them.
     */
    public static List<Diagnostic> under(String dir, List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> new Diagnostic(shown(dir, d.file()), d.line(), d.column(), d.severity(), d.rule(), d.message()))
                .toList();
    }

    /** A content file's path shown under {@code dir}: {@code content/course.md}. */
    public static String shown(String dir, String file) {
        if (dir.isEmpty() || dir.equals(".")) {
            return file;
        }
        return (dir.endsWith("/") ? dir : dir + "/") + file;
    }

    /**
     * Which diagnostics the text report prints in full: at most {@code max}, none less severe than
     * {@code least}; the others are counted per rule.
     */
    public record Shown(int max, Severity least) {
        public static final Shown ALL = new Shown(Integer.MAX_VALUE, Severity.INFO);

        /** {@code --max-diagnostics 100, --min-severity warning}: the options that hid some of {@code ordered}. */
        String hiding(List<Diagnostic> ordered) {
            long severe = ordered.stream().filter(d -> d.severity().atLeast(least)).count();
            List<String> options = new ArrayList<>();
            if (severe > max) {
                options.add("--max-diagnostics " + max);
            }
            if (severe < ordered.size()) {
                options.add("--min-severity " + least.label());
            }
            return String.join(", ", options);
        }
    }

    /**
     * The compiler-style report: per diagnostic {@code shown} lets through, the most severe first (as
     * javac's {@code -Xmaxerrs}), its {@code file:line:col: severity[rule]: message} line with the file
     * shown under {@code shownUnder}, then its source line and a caret (see {@link SourceExcerpts}); then one line per rule with how many more it found, the line saying
     * where every diagnostic is ({@code fullReport}, when not empty), and the summary line over all of them.
     */
    public static String text(List<Diagnostic> diagnostics, SourceExcerpts excerpts, String shownUnder, Shown shown,
                              String fullReport) {
        return listing(diagnostics, excerpts, shownUnder, shown, fullReport) + Summary.of(diagnostics).line() + '\n';
    }

    /** {@link #text} without its summary line. */
    public static String listing(List<Diagnostic> diagnostics, SourceExcerpts excerpts, String shownUnder, Shown shown,
                                 String fullReport) {
        List<Diagnostic> ordered = diagnostics.stream()
                .sorted(Comparator.comparing(Diagnostic::severity).thenComparing(Diagnostic.BY_LOCATION)).toList();
        List<Diagnostic> printed = ordered.stream().filter(d -> d.severity().atLeast(shown.least()))
                .limit(shown.max()).toList();
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : printed) {
            for (String line : entry(d, excerpts, shownUnder)) {
                out.append(line).append('\n');
            }
        }
        if (printed.size() < ordered.size()) {
            // the most severe come first, so the printed ones are a prefix of the ordered ones
            Map<String, Long> rest = ordered.subList(printed.size(), ordered.size()).stream().collect(Collectors.groupingBy(
                    d -> d.severity().label() + "[" + d.rule() + "]", LinkedHashMap::new, Collectors.counting()));
            out.append(ordered.size() - printed.size()).append(" more not shown (").append(shown.hiding(ordered)).append("):\n");
            rest.forEach((rule, count) -> out.append("  ").append(count).append(' ').append(TerminalText.safe(rule))
                    .append('\n'));
            if (!fullReport.isEmpty()) {
                out.append("every diagnostic: ").append(TerminalText.safe(fullReport)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The lines of one diagnostic: its own line, then its excerpt, if any; both safe for a terminal
     * ({@link TerminalText}), as messages quote content (a formula's TeX can hold ESC or BEL).
     */
    public static List<String> entry(Diagnostic d, SourceExcerpts excerpts, String shownUnder) {
        List<String> lines = new ArrayList<>();
        lines.add(TerminalText.safe(under(shownUnder, List.of(d)).get(0).format()));
        lines.addAll(excerpts.excerpt(d));
        return lines;
    }

    /**
     * {@code {"diagnostics":[{"file","line","column","severity","rule","message"}...],
     * "summary":{"errors","warnings","infos","files"}}} on one line, keys in that order.
     */
    public static String json(List<Diagnostic> diagnostics) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            list.addObject()
                    .put("file", d.file())
                    .put("line", d.line())
                    .put("column", d.column())
                    .put("severity", d.severity().label())
                    .put("rule", d.rule())
                    .put("message", d.message());
        }
        Summary summary = Summary.of(diagnostics);
        root.putObject("summary")
                .put("errors", summary.counts().errors())
                .put("warnings", summary.counts().warnings())
                .put("infos", summary.counts().infos())
                .put("files", summary.files());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of strings and numbers always serialises; failing here is a programming error
            throw new IllegalStateException(e);
        }
    }

    /** {@code scan 12 ms, parse 140 ms, ... (total 1530 ms)}: how long each stage of a run took. */
    public static String timings(List<StageTiming> timings) {
        StringBuilder out = new StringBuilder();
        Duration total = Duration.ZERO;
        for (StageTiming t : timings) {
            out.append(out.isEmpty() ? "" : ", ").append(t.stage()).append(' ').append(t.duration().toMillis()).append(" ms");
            total = total.plus(t.duration());
        }
        return out.append(out.isEmpty() ? "" : " ").append("(total ").append(total.toMillis()).append(" ms)").toString();
    }
}
