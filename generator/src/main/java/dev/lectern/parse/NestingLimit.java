package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.FileReporter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flattens lines that open absurdly many containers at once ({@code - - - - ...} or
 * {@code > > > ...}): Flexmark takes quadratic time and deep stacks on them. Such a line is
 * reported and its first marker escaped, so it reads as text and the rest of the file is kept.
 */
final class NestingLimit {
    static final int MAX_OPENERS = 64;
    private static final Pattern OPENER = Pattern.compile("\\G[ \\t]{0,3}(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))[ \\t]?");

    private NestingLimit() {
    }

    static String apply(String text, FileReporter reporter) {
        if (text.length() < MAX_OPENERS) {
            return text;
        }
        StringBuilder out = null;
        int lineStart = 0;
        int lineNumber = 1;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (lineEnd - lineStart > MAX_OPENERS && opensContainer(text, lineStart, lineEnd)
                    && openers(text, lineStart, lineEnd) > MAX_OPENERS) {
                reporter.report(Rule.NESTING_TOO_DEEP, lineNumber, 1, "this line opens more than "
                        + MAX_OPENERS + " nested lists or quotes; it is kept as plain text");
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, lineStart);
                }
                int marker = firstMarker(text, lineStart);
                out.append(text, lineStart, marker).append('\\').append(text, marker, lineEnd);
            } else if (out != null) {
                out.append(text, lineStart, lineEnd);
            }
            if (lineEnd < text.length() && out != null) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
            lineNumber++;
        }
        return out == null ? text : out.toString();
    }

    /** Whether the line can start with an opener at all: most lines cannot, and skip the pattern. */
    private static boolean opensContainer(String text, int start, int end) {
        int i = start;
        while (i < end && i - start <= 3 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= end) {
            return false;
        }
        char c = text.charAt(i);
        return c == '>' || c == '-' || c == '*' || c == '+' || c >= '0' && c <= '9';
    }

    private static int openers(String text, int start, int end) {
        Matcher m = OPENER.matcher(text).region(start, end);
        int count = 0;
        while (count <= MAX_OPENERS && m.find()) {
            count++;
        }
        return count;
    }

    private static int firstMarker(String text, int start) {
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
