package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InlineTest {

    @Test
    void plainDropsEmphasisCodeMarksAndLinkTargets() {
        assertEquals("bold, code and a link", new Inline(" **bold**, `code` and a [link](lesson:x) ", 1).plain());
    }

    @Test
    void plainOfTextWithoutMarksIsTheTextStripped() {
        assertEquals("LCM 1-step vs ADD (x) $y$ ~ok~", new Inline("  LCM 1-step vs ADD (x) $y$ ~ok~\n", 1).plain());
    }
}
