package dev.lectern.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Inline;
import org.junit.jupiter.api.Test;

/** Positions and code spans in a located run of inline Markdown. */
class TextRunTest {

    @Test
    void aPositionOnALaterLineStartsAtTheTextsIndent() {
        TextRun item = new TextRun(new Inline("first line\nsecond \u2014 line", 40, 3, 3));

        assertEquals(new TextRun.Position(40, 9), item.position(6));
        assertEquals(new TextRun.Position(41, 10), item.position(18));
    }

    @Test
    void aParagraphThatKeptItsLinesWholeCountsALaterLinesSpaces() {
        TextRun paragraph = new TextRun(new Inline("first line\n  second \u2014 line", 40, 2, 1));

        assertEquals(new TextRun.Position(40, 2), paragraph.position(0));
        assertEquals(new TextRun.Position(41, 10), paragraph.position(20));
    }

    @Test
    void anUnknownColumnStaysUnknown() {
        assertEquals(new TextRun.Position(7, 0), new TextRun(new Inline("a \u2014 b", 7)).position(2));
    }

    @Test
    void codeSpansAreBlankedWithoutSpacesOrLinks() {
        TextRun run = new TextRun(new Inline("see ``a `b` c`` and `x \u2014 y`\u2014 z, not `open", 1, 1, 1));

        assertEquals("see " + "\0".repeat(11) + " and " + "\0".repeat(7) + "\u2014 z, not `open", run.withoutCode());
    }
}
