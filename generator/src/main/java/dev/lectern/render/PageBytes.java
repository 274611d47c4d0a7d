package dev.lectern.render;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Turns a page as the template wrote it into its UTF-8 bytes, putting in each formula for its
 * placeholder on the way: one pass over the text, where a string of the page, a second string with
 * the formulas in and then its bytes meant three copies of pages that are mostly KaTeX markup.
 * The bytes are those of {@link String#getBytes} in UTF-8 (a lone surrogate becomes {@code ?}).
 * One instance per thread; its buffers are reused from page to page.
 */
final class PageBytes {
    private static final int CHUNK = 8192;

    private final char[] chunk = new char[CHUNK];
    private byte[] bytes = new byte[64 * 1024];
    private int size;

    /**
     * @param nonce    what every placeholder starts with, followed by its number and {@code -}
     * @param formulas a placeholder number's formula, as UTF-8
     */
    byte[] encode(StringBuilder page, String nonce, IntFunction<byte[]> formulas) {
        size = 0;
        int from = 0;
        int at = nonce.isEmpty() ? -1 : page.indexOf(nonce);
        while (at >= 0) {
            int numberStart = at + nonce.length();
            int numberEnd = page.indexOf("-", numberStart);
            int token = Integer.parseInt(page, numberStart, numberEnd, 10);
            text(page, from, at);
            raw(formulas.apply(token));
            from = numberEnd + 1;
            at = page.indexOf(nonce, from);
        }
        text(page, from, page.length());
        return Arrays.copyOf(bytes, size);
    }

    private void raw(byte[] utf8) {
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /** Encodes {@code page[from, to)}, a chunk at a time; a surrogate pair is never split between chunks. */
    private void text(StringBuilder page, int from, int to) {
        int at = from;
        while (at < to) {
            int end = Math.min(to, at + CHUNK);
            if (end < to && Character.isHighSurrogate(page.charAt(end - 1))) {
                end--; // its low surrogate comes with the next chunk
            }
            int n = end - at;
            page.getChars(at, end, chunk, 0);
            ensure(3 * n);
            encode(n);
            at = end;
        }
    }

    /** A high surrogate ends a chunk only where the text ends, so it is lone there. */
    private void encode(int n) {
        byte[] out = bytes;
        int o = size;
        for (int i = 0; i < n; i++) {
            char c = chunk[i];
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | (c >> 6));
                out[o++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chunk[i + 1])) {
                    int cp = Character.toCodePoint(c, chunk[i + 1]);
                    out[o++] = (byte) (0xF0 | (cp >> 18));
                    out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    out[o++] = (byte) (0x80 | (cp & 0x3F));
                    i++;
                } else {
                    out[o++] = '?';
                }
            } else {
                out[o++] = (byte) (0xE0 | (c >> 12));
                out[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[o++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        size = o;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
