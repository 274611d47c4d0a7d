package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A file whose parse fails is reported on that file and left out; the others still load. */
class GuardedParsingTest {

    @Test
    void aParseThatOverflowsTheStackOrFailsIsReportedAndTheOthersComeBack() {
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        try (GuardedParsing guard = new GuardedParsing(2)) {
            List<GuardedParsing.Pending<String>> pending = List.of(
                    guard.submit(diagnostics.forFile("a.md"), () -> "a"),
                    guard.submit(diagnostics.forFile("deep.md"), () -> {
                        throw new StackOverflowError(); // as a recursion past the worker's stack ends
                    }),
                    guard.submit(diagnostics.forFile("bug.md"), () -> {
                        throw new IllegalStateException("boom");
                    }),
                    guard.submit(diagnostics.forFile("b.md"), () -> "b"));
            assertEquals(List.of(Optional.of("a"), Optional.empty(), Optional.empty(), Optional.of("b")),
                    pending.stream().map(GuardedParsing.Pending::await).toList());
        }
        assertEquals(List.of("bug.md:0:0: error[parse-failed]: the parser failed on it (java.lang.IllegalStateException: "
                        + "boom; please report this as a Lectern bug); it is left out of the site",
                "deep.md:0:0: error[parse-failed]: it nests too deeply to be parsed; it is left out of the site"),
                diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }
}
