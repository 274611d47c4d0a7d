package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashes and arrows students read where authors typed {@code --} and {@code ->}, as the corpus writes them. */
class TypographyTest {

    private static String typeset(String text) {
        return Typography.apply(text, ' ', ' ');
    }

    @Test
    void aSpacedDoubleHyphenIsAnEmDashWithoutItsSpacesAsTheCoursesWritingStyleRuleWritesIt() {
        // diffusion-transformers: "DiT is not a new architecture -- it is your transformer"
        assertEquals("DiT is not a new architecture\u2014it is your transformer",
                typeset("DiT is not a new architecture -- it is your transformer"));
        assertEquals("Part B: Concrete example\u20141D Gaussian", typeset("Part B: Concrete example -- 1D Gaussian"));
        assertEquals("a\u2014b", typeset("a\u00a0--\u00a0b"));
    }

    @Test
    void aDoubleHyphenBetweenWordsIsAnEmDashAndBetweenDigitsAnEnDash() {
        // sdxl: "Same goal--richer conditioning."; controlnet: "(not cumulative)--each can be done standalone"
        assertEquals("Same goal\u2014richer conditioning.", typeset("Same goal--richer conditioning."));
        assertEquals("(not cumulative)\u2014each", typeset("(not cumulative)--each"));
        assertEquals("\"content\"\u2014not its edges", typeset("\"content\"--not its edges"));
        assertEquals("Exercises 1\u20132 are pure math", typeset("Exercises 1--2 are pure math"));
    }

    @Test
    void anArrowIsTypesetWhereverItStandsInProse() {
        assertEquals("Guided \u2192 Guided \u2192 Supported", typeset("Guided -> Guided -> Supported"));
        assertEquals("(T\u2192infinity)", typeset("(T->infinity)"));
        assertEquals("(1000\u219220)", typeset("(1000->20)"));
    }

    @Test
    void threeHyphensLongArrowsCommentsEscapesOptionsAndLoneDashesStayAsWritten() {
        for (String text : List.of("No new theory---just practice", "C3 --> ZC3 --> D3", "a <-> b", "a <- b",
                "<!-- note -->", "keep \\-> and \\-- as typed", "run it with --steps 4", "-- a list mark",
                "i-- and --i", "a --- b", "a - b", "a=>b")) {
            assertEquals(text, typeset(text), text);
        }
    }

    @Test
    void aDashAtAnEndOfATextIsDecidedByTheCharactersAroundIt() {
        // **Bold**--text: the text node starts at the dash, after the bold's stars
        assertEquals("\u2014text", Typography.apply("--text", '*', ' '));
        assertEquals("--text", Typography.apply("--text", ' ', ' '));
        assertEquals("word\u2014", Typography.apply("word--", ' ', '*'));
        // "the answer -- *emphasis*": the space after the dash is the text's last character
        assertEquals("the answer\u2014", Typography.apply("the answer -- ", ' ', '*'));
    }

    @Test
    void onlyATextWithADoubleHyphenOrAnArrowIsLookedAt() {
        assertEquals(List.of(true, true, false, false), List.of(Typography.applies("a -- b"), Typography.applies("a->b"),
                Typography.applies("a - b > c"), Typography.applies("well-known")));
    }

    @Test
    void aTextsPlainWordsAreTypesetWhenAllOfItIsProse() {
        assertEquals("Yes\u2014IP-Adapter provides it", Typography.plain(new Inline("**Yes** -- IP-Adapter provides it", 1)));
        assertEquals("Link text\u2014here", Typography.plain(new Inline("[Link text -- here](lesson:sdxl)", 1)));
        for (String text : List.of("`x -> y` and a -> b", "$a -> b$ -- c", "see https://x.org/a--b -- c",
                "<kbd>a--b</kbd>")) {
            assertEquals(new Inline(text, 1).plain(), Typography.plain(new Inline(text, 1)), text);
        }
    }
}
