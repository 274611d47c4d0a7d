package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.testing.RandomText;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InlineTest {

    @Test
    void plainDropsEmphasisCodeMarksAndLinkTargets() {
        assertEquals("bold, code and a link", new Inline(" **bold**, `code` and a [link](lesson:x) ", 1).plain());
    }

    @Test
    void plainDropsTheLabelsOfReferenceLinks() {
        assertEquals("the paper, ADD and [Turbo]", new Inline("[the paper][p], [ADD][] and [Turbo]", 1).plain());
    }

    @Test
    void plainOfTextWithoutMarksIsTheTextStripped() {
        assertEquals("LCM 1-step vs ADD (x) $y$ ~ok~", new Inline("  LCM 1-step vs ADD (x) $y$ ~ok~\n", 1).plain());
    }

    @Test
    void plainKeepsALinkTextWithABracketAndLeavesAnUnclosedLinkAlone() {
        assertEquals("a[b and [c](d", new Inline("[a[b](x) and [c](d", 1).plain());
    }

    @Test
    void plainDropsUnderscoresInPairsFromTheLeftOfARun() {
        assertEquals("a_b c__d e", new Inline("a___b c_*_d e____", 1).plain());
    }

    /** A plain-text formula's stars are multiplication: CommonMark reads two of them as emphasis, the student should not. */
    @Test
    void plainKeepsTheStarsOfAFormulaButNotThoseOfEmphasis() {
        assertEquals("x_t = (1-t)*x_0 + t*epsilon, and emphasis", new Inline("x_t = (1-t)*x_0 + t*epsilon, *and* **emphasis**", 1).plain());
        assertEquals("sqrt(alpha_bar_t)*x_0", new Inline("sqrt(alpha_bar_t)*x_0", 1).plain());
    }

    /** The hand scan against the regular expressions it replaced, on text made of the characters that matter. */
    @Test
    void plainDoesWhatTheRegularExpressionsDidOnRandomText() {
        Pattern link = Pattern.compile("\\[([^\\]]*)](?:\\([^)]*\\)|\\[[^\\]]*])");
        // every star but one between factors (isTimes)
        Pattern emphasis = Pattern.compile("(\\*\\*|__|(?<![\\p{L}\\p{N})\\]}])\\*|\\*(?![\\p{L}\\p{N}(\\[{])|`)");
        RandomText texts = new RandomText(42, "[]()*_`ab \n", 24);
        for (int n = 0; n < 20_000; n++) {
            String markdown = texts.next();
            String expected = emphasis.matcher(link.matcher(markdown).replaceAll("$1")).replaceAll("").strip();
            assertEquals(expected, new Inline(markdown, 1).plain(), () -> "for " + markdown.replace("\n", "\\n"));
        }
    }
}
