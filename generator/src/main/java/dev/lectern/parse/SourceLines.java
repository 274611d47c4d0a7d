package dev.lectern.parse;

import java.util.Arrays;

/**
 * The line of each source offset, as Flexmark's tracked document lines give it, found by binary
 * search: Flexmark's own lookup walks the lines from the first, which for every node of a long
 * lesson cost a tenth of the parse.
 */
final class SourceLines {
    /** Where each line Flexmark reads ends, past its line break ({@code \n}, {@code \r\n} or {@code \r}). */
    private final int[] ends;

    private SourceLines(int[] ends) {
        this.ends = ends;
    }

    /** The lines as Flexmark's DocumentParser cuts {@code text}. */
    static SourceLines of(String text) {
        int length = text.length();
        int[] ends = new int[16];
        int count = 0;
        int start = 0;
        int nextCr = text.indexOf('\r'); // usually none: the decoder makes line ends LF
        while (true) {
            int lf = text.indexOf('\n', start);
            if (nextCr >= 0 && nextCr < start) {
                nextCr = text.indexOf('\r', start);
            }
            int lineBreak = nextCr >= 0 && (lf < 0 || nextCr < lf) ? nextCr : lf;
            if (lineBreak < 0) {
                break;
            }
            int end = lineBreak == nextCr && lineBreak + 1 < length && text.charAt(lineBreak + 1) == '\n'
                    ? lineBreak + 2 : lineBreak + 1;
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = end;
            start = end;
        }
        if (length > 0 && (start == 0 || start < length)) {
            ends = Arrays.copyOf(ends, count + 1);
            ends[count++] = length;
        }
        return new SourceLines(Arrays.copyOf(ends, count));
    }

    /** The 1-based column of {@code offset} on its line, in UTF-16 units (a tab is one, as in every editor's "go to column"). */
    int column(int offset) {
        int index = lineIndex(offset);
        return offset - (index == 0 ? 0 : ends[index - 1]) + 1;
    }

    /** The 0-based line holding {@code offset}: the first line ending after it (the line count past the end). */
    int lineIndex(int offset) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (offset < ends[mid]) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
