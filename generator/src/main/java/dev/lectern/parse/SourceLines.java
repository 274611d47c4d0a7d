package dev.lectern.parse;

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
        int[] ends = new int[16];
        int count = 0;
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                if (count == ends.length) {
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = end;
                start = end;
                i = end - 1;
            }
        }
        if (length > 0 && (start == 0 || start < length)) {
            ends = java.util.Arrays.copyOf(ends, count + 1);
            ends[count++] = length;
        }
        return new SourceLines(java.util.Arrays.copyOf(ends, count));
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
