package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each line's nesting is bounded from above, indentation and open directives included; the marker
 * that would pass the limit is escaped, and the first such line is reported once.
 */
class NestingLimitTest {
    private static final int MAX = NestingLimit.MAX_DEPTH;

    private static List<String> cut(String text, StringBuilder out) {
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        out.append(NestingLimit.apply(text, diagnostics.forFile("x.md")));
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void ordinaryNestingIsLeftAlone() {
        String text = "- a\n  - b\n    > c\n    > - d\n\n        code\n:::card\n1. e\n   1) f\n:::\n"
                + " ".repeat(2 * MAX - 4) + "deep indentation alone opens nothing\n";
        StringBuilder out = new StringBuilder();
        assertEquals(List.of(), cut(text, out));
        assertEquals(text, out.toString());
    }

    @Test
    void aListIndentedPastTheLimitIsCutAtTheMarkerThatPassesIt() {
        StringBuilder text = new StringBuilder();
        for (int depth = 0; depth < 2000; depth++) {
            text.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        StringBuilder out = new StringBuilder();
        assertEquals(List.of("x.md:" + (MAX + 1) + ":1: warning[nesting-too-deep]: lists, quotes or directives nested "
                + "more than " + MAX + " deep (here and on " + (2000 - MAX - 1) + " more lines); the deeper part is "
                + "kept as plain text"), cut(text.toString(), out));
        String[] lines = out.toString().split("\n");
        assertEquals("  ".repeat(MAX - 1) + "- level " + (MAX - 1), lines[MAX - 1]);
        assertEquals("  ".repeat(MAX) + "\\- level " + MAX, lines[MAX]);
        assertEquals(2000, lines.length);
    }

    @Test
    void markersOnOneLineCountTooAndTheFirstPastTheLimitIsEscaped() {
        StringBuilder out = new StringBuilder();
        assertEquals(1, cut("> ".repeat(MAX + 10) + "x\n", out).size());
        assertEquals("> ".repeat(MAX) + "\\" + "> ".repeat(10) + "x\n", out.toString());
    }

    @Test
    void directivesLeftOpenCountAndClosingFencesUncount() {
        String balanced = ":::card\ntext\n:::\n".repeat(3 * MAX);
        StringBuilder out = new StringBuilder();
        assertEquals(List.of(), cut(balanced, out));
        out.setLength(0);
        assertEquals(1, cut(":::card\n".repeat(MAX + 1), out).size());
        assertEquals(":::card\n".repeat(MAX) + "\\:::card\n", out.toString());
    }
}
