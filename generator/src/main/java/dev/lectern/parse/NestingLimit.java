package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.FileReporter;

/**
 * Flattens lines that open absurdly many containers at once ({@code - - - - ...} or
 * {@code > > > ...}): Flexmark takes quadratic time and deep stacks on them. Such a line is
 * reported and its first marker escaped, so it reads as text and the rest of the file is kept.
 */
final class NestingLimit {
    static final int MAX_OPENERS = 64;

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
            if (lineEnd - lineStart > MAX_OPENERS && openers(text, lineStart, lineEnd) > MAX_OPENERS) {
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

    /**
     * How many openers the line starts with (counting stops past {@link #MAX_OPENERS}): the matches
     * of {@code \G[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?} in a row, scanned by
     * hand (a regex run on every long list line was a few percent of the load).
     */
    static int openers(String text, int start, int end) {
        int count = 0;
        int i = start;
        while (count <= MAX_OPENERS) {
            int spaces = 0;
            while (spaces < 3 && i < end && isSpaceOrTab(text.charAt(i))) {
                i++;
                spaces++;
            }
            int after = afterMarker(text, i, end);
            if (after < 0) {
                break;
            }
            count++;
            i = after < end && isSpaceOrTab(text.charAt(after)) ? after + 1 : after;
        }
        return count;
    }

    /** Past a {@code >}, a bullet or an ordinal marker at {@code i}; -1 when there is none. */
    private static int afterMarker(String text, int i, int end) {
        if (i >= end) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        if (c == '-' || c == '*' || c == '+') {
            return i + 1 < end && isSpaceOrTab(text.charAt(i + 1)) ? i + 1 : -1;
        }
        int digits = i;
        while (digits < end && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        int count = digits - i;
        if (count < 1 || count > 9 || digits >= end || text.charAt(digits) != '.' && text.charAt(digits) != ')') {
            return -1;
        }
        return digits + 1 < end && isSpaceOrTab(text.charAt(digits + 1)) ? digits + 1 : -1;
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    private static int firstMarker(String text, int start) {
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
