package dev.lectern.parse;

import dev.lectern.model.FileReporter;
import dev.lectern.model.Rule;
import java.util.regex.Pattern;

/**
 * Keeps Flexmark from nesting containers (lists, quotes, directives) deeper than
 * {@link #MAX_DEPTH}: it checks each open container on every line, and each check scans the
 * line's indentation, so deep nesting costs the cube of its depth (a list 2,000 levels deep took
 * 25 s). Each line's depth is bounded from above without parsing: directives left open, plus the
 * list and quote markers at its start, plus half its indentation (a nested list item is indented
 * at least two columns past its parent). The marker that would pass the limit is escaped, so it
 * and the rest of its line read as text; the first such line is reported.
 */
final class NestingLimit {
    static final int MAX_DEPTH = 64;
    /** A closing fence from its first colon: colons, then only spaces and tabs. */
    private static final Pattern CLOSING_FENCE = Pattern.compile(":+[ \\t]*");

    private NestingLimit() {
    }

    static String apply(String text, FileReporter reporter) {
        StringBuilder out = null;
        int cutLines = 0;
        int firstCut = 0;
        int directives = 0;
        int lineNumber = 1;
        for (int lineStart = 0; lineStart < text.length(); lineNumber++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int columns = 0;
            int markers = 0;
            int cut = -1;
            int i = lineStart;
            while (i < lineEnd) {
                char c = text.charAt(i);
                if (c == ' ') {
                    columns++;
                    i++;
                    continue;
                } else if (c == '\t') {
                    columns += 4 - columns % 4;
                    i++;
                    continue;
                }
                int after = afterMarker(text, i, lineEnd);
                boolean directive = after < 0 && text.startsWith(":::", i);
                if (after < 0 && !directive) {
                    break;
                }
                if (directive && CLOSING_FENCE.matcher(text).region(i, lineEnd).matches()) {
                    directives = Math.max(0, directives - 1);
                    break;
                }
                if (directives + markers + 1 + columns / 2 > MAX_DEPTH) {
                    cut = i;
                    break;
                }
                if (directive) {
                    directives++;
                    break;
                }
                markers++;
                // the space after a marker belongs to it, not to the indentation
                i = after < lineEnd && (text.charAt(after) == ' ' || text.charAt(after) == '\t') ? after + 1 : after;
            }
            if (cut >= 0) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 64).append(text, 0, lineStart);
                    firstCut = lineNumber;
                }
                cutLines++;
                out.append(text, lineStart, cut).append('\\').append(text, cut, lineEnd);
            } else if (out != null) {
                out.append(text, lineStart, lineEnd);
            }
            if (out != null && lineEnd < text.length()) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        if (out == null) {
            return text;
        }
        reporter.report(Rule.NESTING_TOO_DEEP, firstCut, 1, "lists, quotes or directives nested more than "
                + MAX_DEPTH + " deep" + (cutLines > 1 ? " (here and on " + (cutLines - 1) + " more lines)" : "")
                + "; the deeper part is kept as plain text");
        return out.toString();
    }

    /** Past a {@code >}, a bullet or an ordinal marker at {@code i} (with a space after, or the line end); -1 when there is none. */
    private static int afterMarker(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int digits = i;
        while (digits < end && digits - i < 10 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        int markerEnd;
        if (c == '-' || c == '*' || c == '+') {
            markerEnd = i + 1;
        } else if (digits > i && digits - i <= 9 && digits < end
                && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
            markerEnd = digits + 1;
        } else {
            return -1;
        }
        return markerEnd == end || text.charAt(markerEnd) == ' ' || text.charAt(markerEnd) == '\t' ? markerEnd : -1;
    }
}
