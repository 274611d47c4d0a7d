package dev.lectern.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * A bound on the work of Flexmark's inline parser, estimated from a block's text before it is
 * parsed: the parse is linear in most text, but some syntax makes it scan far ahead again and
 * again (link destinations and titles that never close, runs of emphasis marks that match
 * nothing, backtick runs with no closing run), and a link title or {@code <destination>} of a
 * few thousand characters overflows the stack of Java's regex engine. A block fits when the
 * estimated scanning is at most {@link #WORK_PER_CHAR} characters per character of the block
 * and no link title or angle destination is longer than {@link #MAX_LINK_PART}: the real course
 * stays under a tenth of that, and a paragraph of 10,000 ordinary links fits.
 */
final class InlineBudget {
    static final int WORK_PER_CHAR = 128;
    static final int MAX_LINK_PART = 512;
    /** Title and angle-destination scans run a backtracking regex: about this many times dearer. */
    private static final int REGEX_WEIGHT = 64;

    private InlineBudget() {
    }

    /** Whether an inline parse of all of {@code text} (a paragraph, a heading) stays within the budget. */
    static boolean fits(CharSequence text) {
        return fits(text, 0, false);
    }

    /**
     * Whether the inline parsing Flexmark does while it reads blocks stays within the budget: each
     * line of {@code text} parsed alone (the rows of a table), and a copy of the whole at each link
     * reference definition in it.
     *
     * @param copyWeight what a copy of the text costs per character: 1 for a stretch of the
     *                   source, more for text gathered from lines in a list or quote
     */
    static boolean fitsLineByLine(CharSequence text, int copyWeight) {
        return fits(text, copyWeight, true);
    }

    private static boolean fits(CharSequence text, int copyWeight, boolean byLine) {
        long work = (long) copyWeight * referenceLines(text) * text.length();
        int start = 0;
        while (start <= text.length() && work >= 0) {
            int end = byLine ? lineEnd(text, start) : text.length();
            work += emphasisWork(text, start, end) + linkWork(text, start, end) + backtickWork(text, start, end);
            start = end + 1;
        }
        return work >= 0 && work <= (long) WORK_PER_CHAR * text.length();
    }

    private static int lineEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** {@code text} with every character that inline syntax reads escaped, so it shows as written. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_~[]()<>&!$|\"'#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Each closing run of {@code *}, {@code _} or {@code ~} may walk back over every earlier run. */
    private static long emphasisWork(CharSequence text, int start, int end) {
        long runs = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if ((c == '*' || c == '_' || c == '~') && (i == start || text.charAt(i - 1) != c)) {
                runs++;
            }
        }
        return runs * runs;
    }

    /**
     * After each {@code ](}: the destination is scanned to the next whitespace at most; a title
     * ({@code "}, {@code '} or {@code (}) or a {@code <destination>} to its closing character.
     * Past {@link #MAX_LINK_PART} the block does not fit at all (the result is beyond any budget).
     */
    private static long linkWork(CharSequence text, int start, int end) {
        long work = 0;
        long pending = 0; // openers whose destination scan has not met whitespace yet
        long pendingStarts = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                work += pending * i - pendingStarts;
                pending = 0;
                pendingStarts = 0;
            } else if (c == '(' && i > start && text.charAt(i - 1) == ']') {
                pending++;
                pendingStarts += i;
                int part = titleOrAngleScan(text, i + 1, end);
                if (part > MAX_LINK_PART) {
                    return Long.MAX_VALUE / 2;
                }
                work += (long) REGEX_WEIGHT * part;
            }
        }
        return work + pending * end - pendingStarts;
    }

    /** How far a {@code <destination>} at {@code from}, or a title after the destination, is scanned (capped). */
    private static int titleOrAngleScan(CharSequence text, int from, int length) {
        int i = from;
        while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < length && text.charAt(i) == '<') {
            return scanTo(text, i + 1, length, '>');
        }
        int scanned = 0;
        while (i < length && !Character.isWhitespace(text.charAt(i)) && scanned++ <= MAX_LINK_PART) {
            i++;
        }
        while (i < length && Character.isWhitespace(text.charAt(i)) && scanned++ <= MAX_LINK_PART) {
            i++;
        }
        if (i >= length || scanned > MAX_LINK_PART) {
            return 0; // no title; a destination this long is scanned as whitespace is (counted above)
        }
        char open = text.charAt(i);
        return open == '"' || open == '\'' ? scanTo(text, i + 1, length, open)
                : open == '(' ? scanTo(text, i + 1, length, ')') : 0;
    }

    /** Characters up to {@code close} (or the end), counting at most one past {@link #MAX_LINK_PART}. */
    private static int scanTo(CharSequence text, int from, int length, char close) {
        int end = Math.min(length, from + MAX_LINK_PART + 1);
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == close) {
                return i - from;
            }
        }
        return end - from;
    }

    /**
     * An opening backtick run is scanned to the next run of the same length, or to the end when
     * there is none (then it is text, and the parse goes on right after it).
     */
    private static long backtickWork(CharSequence text, int from, int end) {
        int[] starts = new int[16];
        int[] lengths = new int[16];
        int count = 0;
        for (int i = from; i < end; ) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int start = i;
            while (i < end && text.charAt(i) == '`') {
                i++;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                lengths = java.util.Arrays.copyOf(lengths, count * 2);
            }
            starts[count] = start;
            lengths[count++] = i - start;
        }
        int[] next = new int[count]; // the next run of the same length; -1 when none
        Map<Integer, Integer> later = new HashMap<>();
        for (int r = count - 1; r >= 0; r--) {
            next[r] = later.getOrDefault(lengths[r], -1);
            later.put(lengths[r], r);
        }
        long work = 0;
        for (int r = 0; r < count; ) {
            if (next[r] < 0) {
                work += end - starts[r];
                r++;
            } else {
                work += starts[next[r]] - starts[r];
                r = next[r] + 1;
            }
        }
        return work;
    }

    /** The lines that may end a link reference definition's label ({@code ]:}): an upper bound on their number. */
    private static int referenceLines(CharSequence text) {
        int lines = 0;
        boolean counted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                counted = false;
            } else if (c == ':' && text.charAt(i - 1) == ']' && !counted) {
                lines++;
                counted = true;
            }
        }
        return lines;
    }
}
