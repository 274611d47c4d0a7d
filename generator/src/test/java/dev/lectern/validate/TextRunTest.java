package dev.lectern.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Positions and code spans in a located run of inline Markdown. */
class TextRunTest {

    @Test
    void aPositionOnALaterLineKeepsTheRunsColumn() {
        TextRun item = new TextRun("first line\nsecond \u2014 line", 40, 3);

        assertEquals(new TextRun.Position(40, 9), item.position(6));
        assertEquals(new TextRun.Position(41, 10), item.position(18));
    }

    @Test
    void anUnknownColumnStaysUnknown() {
        assertEquals(new TextRun.Position(7, 0), new TextRun("a \u2014 b", 7, 0).position(2));
    }

    @Test
    void codeSpansAreBlankedWithoutSpacesOrLinks() {
        TextRun run = new TextRun("see ``a `b` c`` and `x \u2014 y`\u2014 z, not `open", 1, 1);

        assertEquals("see " + "\0".repeat(11) + " and " + "\0".repeat(7) + "\u2014 z, not `open", run.withoutCode());
    }
}
