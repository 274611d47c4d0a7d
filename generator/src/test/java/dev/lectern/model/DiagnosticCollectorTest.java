package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticCollectorTest {

    @Test
    void keepsADiagnosticReportedTwiceOnceAndEveryOtherInOrderOfPlace() {
        Diagnostic late = new Diagnostic("a.md", 9, 0, Severity.WARNING, "tex-error", "TeX error in `\\bad`");
        Diagnostic early = new Diagnostic("a.md", 2, 0, Severity.WARNING, "tex-error", "TeX error in `\\bad`");
        Diagnostic other = new Diagnostic("b.md", 1, 0, Severity.ERROR, "missing-metadata", "no slug");
        DiagnosticCollector collector = new DiagnosticCollector();

        List.of(late, other, early, new Diagnostic("a.md", 9, 0, Severity.WARNING, "tex-error", "TeX error in `\\bad`"))
                .forEach(collector::report);

        assertEquals(List.of(early, late, other), collector.sorted());
        assertEquals(List.of(early, late), collector.of("a.md"));
    }
}
