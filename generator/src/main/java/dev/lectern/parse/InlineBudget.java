package dev.lectern.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

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
    /** The characters inline syntax reads. */
    private static final Pattern SYNTAX = Pattern.compile("[\\\\`*_~\\[\\]()<>&!$|\"'#]");

    private InlineBudget() {
    }

    /** Whether an inline parse of all of {@code text} (a paragraph, a heading) stays within the budget. */
    static boolean fits(String text) {
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
    static boolean fitsLineByLine(String text, int copyWeight) {
        return fits(text, copyWeight, true);
    }

    private static boolean fits(String text, int copyWeight, boolean byLine) {
        long work = work(text, copyWeight, byLine);
        return work >= 0 && work <= (long) WORK_PER_CHAR * text.length();
    }

    /** {@code text} with every character that inline syntax reads escaped, so it shows as written. */
    static String escaped(String text) {
        return SYNTAX.matcher(text).replaceAll("\\\\$0");
    }

    /**
     * The estimated work, in characters scanned, in one pass; negative past any budget. Per part
     * (the whole text, or each line): each closing run of {@code *}, {@code _} or {@code ~} may
     * walk back over every earlier run; after each {@code ](} the destination is scanned to the
     * next whitespace at most, and a title or {@code <destination>} to its closing character; each
     * opening backtick run to the next run of its length, or to the end. And per definition
     * ({@code ]:} on a line), a copy of the whole text.
     */
    static long work(String text, int copyWeight, boolean byLine) {
        int length = text.length();
        long work = 0;
        int referenceLines = 0;
        boolean lineHasReference = false;
        Part part = new Part(0);
        char previous = ' ';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < length && text.charAt(i + 1) != '\n') {
                i++;
                previous = ' ';
                continue;
            }
            if (c <= ' ') {
                part.whitespace(i);
                if (c == '\n') {
                    lineHasReference = false;
                    if (byLine) {
                        work += part.end(text, i);
                        part = new Part(i + 1);
                    }
                }
            } else if (c == '*' || c == '_' || c == '~') {
                part.emphasisRuns += c == previous ? 0 : 1;
            } else if (c == '(' && previous == ']') {
                int scanned = titleOrAngleScan(text, i + 1, byLine);
                if (scanned > MAX_LINK_PART) {
                    return Long.MIN_VALUE;
                }
                part.linkOpened(i, scanned);
            } else if (c == ':' && previous == ']' && !lineHasReference) {
                referenceLines++;
                lineHasReference = true;
            } else if (c == '`') {
                int run = i;
                while (i + 1 < length && text.charAt(i + 1) == '`') {
                    i++;
                }
                part.backtickRun(run, i + 1 - run);
            }
            previous = c;
        }
        work += part.end(text, length);
        return work + (long) copyWeight * referenceLines * length;
    }

    /** The work of one part of the text, gathered as the pass goes through it. */
    private static final class Part {
        final int start;
        long emphasisRuns;
        long linkWork;
        long pendingLinks; // link openers whose destination scan has not met whitespace yet
        long pendingStarts;
        int[] backticks = new int[0]; // start and length of each run, in pairs
        int backtickRuns;

        Part(int start) {
            this.start = start;
        }

        void whitespace(int at) {
            linkWork += pendingLinks * at - pendingStarts;
            pendingLinks = 0;
            pendingStarts = 0;
        }

        void linkOpened(int at, int titleScan) {
            pendingLinks++;
            pendingStarts += at;
            linkWork += (long) REGEX_WEIGHT * titleScan;
        }

        void backtickRun(int at, int length) {
            if (2 * backtickRuns == backticks.length) {
                backticks = Arrays.copyOf(backticks, Math.max(16, backticks.length * 2));
            }
            backticks[2 * backtickRuns] = at;
            backticks[2 * backtickRuns + 1] = length;
            backtickRuns++;
        }

        long end(String text, int end) {
            whitespace(end);
            return emphasisRuns * emphasisRuns + linkWork + backtickWork(end);
        }

        /** An opening run is scanned to the next run of the same length, or to the end (then it is text). */
        private long backtickWork(int end) {
            int[] next = new int[backtickRuns];
            Map<Integer, Integer> later = new HashMap<>();
            for (int r = backtickRuns - 1; r >= 0; r--) {
                next[r] = later.getOrDefault(backticks[2 * r + 1], -1);
                later.put(backticks[2 * r + 1], r);
            }
            long work = 0;
            for (int r = 0; r < backtickRuns; ) {
                if (next[r] < 0) {
                    work += end - backticks[2 * r];
                    r++;
                } else {
                    work += backticks[2 * next[r]] - backticks[2 * r];
                    r = next[r] + 1;
                }
            }
            return work;
        }
    }

    /**
     * How far the regex scans a {@code <destination>} at {@code from}, or a title after the
     * destination (0 when there is none), counting at most one past {@link #MAX_LINK_PART}.
     */
    private static int titleOrAngleScan(String text, int from, boolean withinLine) {
        int length = text.length();
        int i = from;
        while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < length && text.charAt(i) == '<') {
            return scanTo(text, i + 1, '>', withinLine);
        }
        int limit = Math.min(length, i + MAX_LINK_PART);
        while (i < limit && text.charAt(i) > ' ') {
            i++;
        }
        while (i < limit && text.charAt(i) <= ' ' && !(withinLine && text.charAt(i) == '\n')) {
            i++;
        }
        if (i >= limit) {
            return 0; // no title in reach; a destination this long is scanned as whitespace is
        }
        char open = text.charAt(i);
        return open == '"' || open == '\'' ? scanTo(text, i + 1, open, withinLine)
                : open == '(' ? scanTo(text, i + 1, ')', withinLine) : 0;
    }

    private static int scanTo(String text, int from, char close, boolean withinLine) {
        int end = Math.min(text.length(), from + MAX_LINK_PART + 1);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == close || withinLine && c == '\n') {
                return i - from;
            }
        }
        return end - from;
    }
}
