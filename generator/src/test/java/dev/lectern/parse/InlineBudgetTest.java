package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inline budget admits ordinary text of any length and refuses each kind of syntax that makes
 * the inline parser scan ahead again and again (CommonMark's pathological cases among them).
 */
class InlineBudgetTest {

    @Test
    void ordinaryTextFitsAndLinksAndCodeSpansInAnyNumber() {
        String sentence = "Some **bold**, some *emphasis*, `code`, a [link](https://example.com/a \"title\") and "
                + "<https://example.com/auto> &amp; ~~struck~~ text. ";
        for (String text : List.of("", "x", sentence, sentence.repeat(100), "`code` ".repeat(20_000),
                "[a](b \"t\") ".repeat(20_000), "**".repeat(50_000), "plain words ".repeat(100_000))) {
            assertTrue(InlineBudget.fits(text), text.length() + " characters");
        }
    }

    @Test
    void runsOfDelimitersThatKeepTheParserScanningDoNotFit() {
        for (String text : List.of("*a ".repeat(2000), "a**b" + "c* ".repeat(2000), "_a ".repeat(2000),
                "[a](".repeat(2000), "[a](b".repeat(2000), "[a](b (".repeat(2000), "[ (](".repeat(2000),
                "[a](<b".repeat(2000), backticksOfGrowingLength(600))) {
            assertFalse(InlineBudget.fits(text), text.substring(0, 20) + "... of " + text.length());
        }
    }

    @Test
    void aLinkTitleOrAngleDestinationLongerThanTheRegexStackTakesDoesNotFit() {
        assertTrue(InlineBudget.fits("[a](b \"" + "x".repeat(500) + "\")"));
        assertFalse(InlineBudget.fits("[a](b \"" + "x".repeat(600) + "\")"));
        assertFalse(InlineBudget.fits("[a](b (" + "x ".repeat(300) + "))"));
        assertFalse(InlineBudget.fits("[a](<" + "x".repeat(600) + ">)"));
    }

    @Test
    void tableRowsAreCountedOneByOneAndDefinitionChainsAsAWhole() {
        String row = "| **a** | *b* | `c` |\n";
        String table = "| x | y | z |\n|---|---|---|\n" + row.repeat(5000);
        assertFalse(InlineBudget.fits(table)); // as one paragraph: 20,000 emphasis runs
        assertTrue(InlineBudget.fitsLineByLine(table, 1));
        assertTrue(InlineBudget.fitsLineByLine("[r]: /u\n".repeat(100), 1));
        assertFalse(InlineBudget.fitsLineByLine("[r]: /u\n".repeat(1000), 1));
        assertFalse(InlineBudget.fitsLineByLine("[r]: /u\n".repeat(100), 16)); // gathered from a list or quote
    }

    @Test
    void escapingMakesEverySyntaxCharacterLiteral() {
        assertEquals("a\\*b\\_\\[c\\]\\(d\\) \\`e\\` \\<f\\> \\& \\~g\\~ \\!h \\$i\\$ \\|j\\| \\\"k\\\" \\'l\\' \\#m \\\\n",
                InlineBudget.escaped("a*b_[c](d) `e` <f> & ~g~ !h $i$ |j| \"k\" 'l' #m \\n"));
    }

    private static String backticksOfGrowingLength(int count) {
        StringBuilder text = new StringBuilder();
        for (int length = 1; length <= count; length++) {
            text.append('e').append("`".repeat(length));
        }
        return text.toString();
    }
}
