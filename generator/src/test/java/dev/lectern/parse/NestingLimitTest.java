package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand scan counts a line's openers exactly as the pattern it replaced does. */
class NestingLimitTest {
    private static final Pattern OPENER =
            Pattern.compile("\\G[ \\t]{0,3}(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))[ \\t]?");
    private static final List<String> PIECES = List.of(">", "> ", "- ", "-", "-x", "* ", "+\t", "1. ", "1) ", "1.",
            "123456789. ", "1234567890. ", "0) ", " ", "  ", "   ", "    ", "\t", "x", ".", ")", "9", "- - ");

    @Test
    void countsLikeThePatternOnGeneratedLines() {
        Random random = new Random(64);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            int pieces = random.nextInt(n % 10 == 0 ? 120 : 12);
            for (int p = 0; p < pieces; p++) {
                line.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = "ab\n" + line + "\ncd";
            int start = 3;
            int end = 3 + line.length();
            assertEquals(byPattern(text, start, end), NestingLimit.openers(text, start, end), line.toString());
        }
    }

    @Test
    void stopsCountingPastTheLimit() {
        String line = "- ".repeat(500);
        assertEquals(NestingLimit.MAX_OPENERS + 1, NestingLimit.openers(line, 0, line.length()));
    }

    private static int byPattern(String text, int start, int end) {
        Matcher m = OPENER.matcher(text).region(start, end);
        int count = 0;
        while (count <= NestingLimit.MAX_OPENERS && m.find()) {
            count++;
        }
        return count;
    }
}
