package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Severity words as options and settings spell them. */
class SeverityTest {

    @Test
    void parseReadsTheWordsReportsPrintInAnyCaseWithSpaceAroundAndNothingElse() {
        assertEquals(Optional.of(Severity.ERROR), Severity.parse("error"));
        assertEquals(Optional.of(Severity.WARNING), Severity.parse(" Warning\n"));
        assertEquals(Optional.of(Severity.INFO), Severity.parse("INFO"));
        assertEquals(Optional.empty(), Severity.parse("warn"));
        assertEquals(Optional.empty(), Severity.parse("off"));
        assertEquals(Optional.empty(), Severity.parse(""));
    }
}
