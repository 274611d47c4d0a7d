package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.render.DiagnosticCounts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticFormatsTest {

    private static final Diagnostic UNKNOWN_COLOUR = new Diagnostic("series-7/module-7-3/lessons/lcm.md", 391, 1,
            Severity.WARNING, "unknown-color", "GradientCard colour \"fuchsia\" is not in the palette");
    private static final Diagnostic BAD_DEPTH = new Diagnostic("series-7/module-7-3/record.md", 12, 40,
            Severity.ERROR, "unknown-depth", "depth \"DEEP\" is not one of MENTIONED, INTRODUCED, DEVELOPED, APPLIED");
    private static final Diagnostic NOTE = new Diagnostic("series-7/module-7-3/lessons/lcm.md", 0, 0,
            Severity.INFO, "planned-lesson", "the-speed-landscape is planned");

    /** A content folder without the files the diagnostics name: no excerpts. */
    @TempDir
    static Path emptyContent;

    /** The text report with every diagnostic in full and no excerpts. */
    private static String text(List<Diagnostic> diagnostics) {
        return DiagnosticFormats.text(diagnostics, SourceExcerpts.of(emptyContent), ".", DiagnosticFormats.Shown.ALL, "");
    }

    @Test
    void textPrintsOneCompilerStyleLinePerDiagnosticMostSevereFirstThenTheSummary() {
        String text = text(List.of(UNKNOWN_COLOUR, BAD_DEPTH, NOTE));

        assertEquals("""
                series-7/module-7-3/record.md:12:40: error[unknown-depth]: depth "DEEP" is not one of MENTIONED, INTRODUCED, DEVELOPED, APPLIED
                series-7/module-7-3/lessons/lcm.md:391:1: warning[unknown-color]: GradientCard colour "fuchsia" is not in the palette
                series-7/module-7-3/lessons/lcm.md:0:0: info[planned-lesson]: the-speed-landscape is planned
                1 error, 1 warning, 1 info in 2 files
                """, text);
    }

    @Test
    void textPrintsAtMostTheCapThenCountsTheRestPerRuleAndSaysWhereTheFullReportIs() {
        Diagnostic second = new Diagnostic("series-7/module-7-3/lessons/lcm.md", 395, 15, Severity.WARNING,
                "unknown-color", "GradientCard colour \"pink\" is not in the palette");
        String text = DiagnosticFormats.text(List.of(UNKNOWN_COLOUR, NOTE, second, BAD_DEPTH), SourceExcerpts.of(emptyContent), ".",
                new DiagnosticFormats.Shown(1, Severity.INFO), "site/lessons/reports/validation.html");

        assertEquals("""
                series-7/module-7-3/record.md:12:40: error[unknown-depth]: depth "DEEP" is not one of MENTIONED, INTRODUCED, DEVELOPED, APPLIED
                3 more not shown (--max-diagnostics 1):
                  2 warning[unknown-color]
                  1 info[planned-lesson]
                every diagnostic: site/lessons/reports/validation.html
                1 error, 2 warnings, 1 info in 2 files
                """, text);
    }

    @Test
    void controlCharactersFromContentCannotDriveTheTerminal() {
        // a formula's TeX quoted in a tex-error message: clear the screen, ring the bell, fake a line
        Diagnostic hostile = new Diagnostic("lessons/\u001b]0;title\u0007.md", 3, 1, Severity.WARNING, "tex-error",
                "KaTeX cannot typeset '\u001b[2J\u0007\nlessons/x.md:1:1: error[fake]: \u009b31m\u202eevil'");

        assertEquals("lessons/\uFFFD]0;title\uFFFD.md:3:1: warning[tex-error]: KaTeX cannot typeset "
                + "'\uFFFD[2J\uFFFD\uFFFDlessons/x.md:1:1: error[fake]: \uFFFD31m\uFFFDevil'\n"
                + "0 errors, 1 warning, 0 infos in 1 file\n", text(List.of(hostile)));
    }

    @Test
    void textLeavesOutWhatIsLessSevereThanAskedAndCountsIt() {
        String text = DiagnosticFormats.text(List.of(UNKNOWN_COLOUR, NOTE), SourceExcerpts.of(emptyContent), ".",
                new DiagnosticFormats.Shown(100, Severity.WARNING), "");

        assertEquals("""
                series-7/module-7-3/lessons/lcm.md:391:1: warning[unknown-color]: GradientCard colour "fuchsia" is not in the palette
                1 more not shown (--min-severity warning):
                  1 info[planned-lesson]
                0 errors, 1 warning, 1 info in 1 file
                """, text);
    }

    @Test
    void textOfNoDiagnosticsIsTheSummaryAlone() {
        assertEquals("0 errors, 0 warnings, 0 infos in 0 files\n", text(List.of()));
    }

    @Test
    void summaryCountsEachSeverityAndTheFilesWithDiagnostics() {
        assertEquals(new DiagnosticFormats.Summary(new DiagnosticCounts(1, 2, 0), 2),
                DiagnosticFormats.Summary.of(List.of(UNKNOWN_COLOUR, BAD_DEPTH, UNKNOWN_COLOUR)));
    }

    @Test
    void jsonHasExactlyTheDiagnosticsListAndTheSummary() throws Exception {
        String json = DiagnosticFormats.json(List.of(BAD_DEPTH, NOTE));

        ObjectMapper mapper = new ObjectMapper();
        JsonNode expected = mapper.valueToTree(Map.of(
                "diagnostics", List.of(
                        Map.of("file", "series-7/module-7-3/record.md", "line", 12, "column", 40,
                                "severity", "error", "rule", "unknown-depth",
                                "message", "depth \"DEEP\" is not one of MENTIONED, INTRODUCED, DEVELOPED, APPLIED"),
                        Map.of("file", "series-7/module-7-3/lessons/lcm.md", "line", 0, "column", 0,
                                "severity", "info", "rule", "planned-lesson",
                                "message", "the-speed-landscape is planned")),
                "summary", Map.of("errors", 1, "warnings", 0, "infos", 1, "files", 2)));
        assertEquals(expected, mapper.readTree(json));
    }

    @Test
    void jsonIsOneLineWithKeysInTheDocumentedOrder() {
        assertEquals("{\"diagnostics\":[{\"file\":\"series-7/module-7-3/record.md\",\"line\":12,\"column\":40,"
                        + "\"severity\":\"error\",\"rule\":\"unknown-depth\",\"message\":\"depth \\\"DEEP\\\" is not one of "
                        + "MENTIONED, INTRODUCED, DEVELOPED, APPLIED\"}],"
                        + "\"summary\":{\"errors\":1,\"warnings\":0,\"infos\":0,\"files\":1}}\n",
                DiagnosticFormats.json(List.of(BAD_DEPTH)));
    }

    @Test
    void underShowsEachFileBelowTheGivenFolder() {
        assertEquals(List.of("content/series-7/module-7-3/record.md", "content/series-7/module-7-3/lessons/lcm.md"),
                DiagnosticFormats.under("content", List.of(BAD_DEPTH, NOTE)).stream().map(Diagnostic::file).toList());
        assertEquals(List.of(BAD_DEPTH), DiagnosticFormats.under(".", List.of(BAD_DEPTH)));
        assertEquals("/tmp/c/series-7/module-7-3/record.md",
                DiagnosticFormats.under("/tmp/c/", List.of(BAD_DEPTH)).get(0).file());
    }

    @Test
    void timingsNameEachStageInOrderWithTheTotal() {
        assertEquals("scan 12 ms, parse 140 ms, math 1500 ms (total 1652 ms)", DiagnosticFormats.timings(List.of(
                new StageTiming("scan", Duration.ofMillis(12)),
                new StageTiming("parse", Duration.ofNanos(140_400_000)),
                new StageTiming("math", Duration.ofSeconds(1, 500_000_000)))));
        assertEquals("(total 0 ms)", DiagnosticFormats.timings(List.of()));
    }
}
