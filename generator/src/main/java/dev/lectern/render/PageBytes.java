package dev.lectern.render;

import java.io.Writer;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * A page written straight as UTF-8, noting where each formula placeholder went, so that the
 * formulas can be put in with one copy of the page: a string of the page, a second string with the
 * formulas in and then its bytes meant three copies of pages that are mostly KaTeX markup. The
 * bytes are those of {@link String#getBytes} in UTF-8 (a lone surrogate becomes {@code ?}). A
 * placeholder is part of the inline markup the typesetter produced, which Freemarker writes in one
 * piece, so looking for one in each string written finds them all.
 */
final class PageBytes extends Writer {
    private static final int CHUNK = 4096;
    private static final char NONE = 0;

    private final String nonce; // empty: no placeholders to look for
    private final char[] chunk = new char[CHUNK];
    private byte[] bytes = new byte[32 * 1024];
    private int size;
    private char pendingHigh = NONE; // a high surrogate that ended the last write
    /** Per placeholder: where it starts in {@link #bytes}, its length, its number. */
    private int[] placeholders = new int[3 * 16];
    private int placeholderCount;

    /** @param nonce what every placeholder starts with, followed by its number and {@code -} */
    PageBytes(String nonce) {
        this.nonce = nonce;
    }

    @Override
    public void write(String text) {
        if (!nonce.isEmpty() && text.length() >= nonce.length()) {
            int at = text.indexOf(nonce);
            if (at >= 0) {
                withPlaceholders(text, at);
                return;
            }
        }
        write(text, 0, text.length());
    }

    private void withPlaceholders(String text, int first) {
        int from = 0;
        for (int at = first; at >= 0; at = text.indexOf(nonce, from)) {
            write(text, from, at - from);
            int numberStart = at + nonce.length();
            int numberEnd = text.indexOf('-', numberStart);
            flushPending();
            if (placeholderCount * 3 + 3 > placeholders.length) {
                placeholders = Arrays.copyOf(placeholders, placeholders.length * 2);
            }
            placeholders[placeholderCount * 3] = size;
            placeholders[placeholderCount * 3 + 1] = numberEnd + 1 - at;
            placeholders[placeholderCount * 3 + 2] = Integer.parseInt(text, numberStart, numberEnd, 10);
            placeholderCount++;
            write(text, at, numberEnd + 1 - at); // ASCII: as many bytes as characters
            from = numberEnd + 1;
        }
        write(text, from, text.length() - from);
    }

    @Override
    public void write(String text, int offset, int length) {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int n = Math.min(CHUNK, end - at);
            text.getChars(at, at + n, chunk, 0);
            encode(n);
            at += n;
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int n = Math.min(CHUNK, end - at);
            System.arraycopy(chars, at, chunk, 0, n);
            encode(n);
            at += n;
        }
    }

    @Override
    public void write(int c) {
        chunk[0] = (char) c;
        encode(1);
    }

    private void encode(int n) {
        if (size + 3 * n + 3 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + 3 * n + 3));
        }
        byte[] out = bytes;
        int o = size;
        int i = 0;
        if (pendingHigh != NONE) {
            if (Character.isLowSurrogate(chunk[0])) {
                o = fourBytes(out, o, Character.toCodePoint(pendingHigh, chunk[0]));
                i = 1;
            } else {
                out[o++] = '?';
            }
            pendingHigh = NONE;
        }
        for (; i < n; i++) {
            char c = chunk[i];
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | (c >> 6));
                out[o++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == n) {
                    pendingHigh = c; // its low surrogate may come with the next write
                } else if (Character.isLowSurrogate(chunk[i + 1])) {
                    o = fourBytes(out, o, Character.toCodePoint(c, chunk[++i]));
                } else {
                    out[o++] = '?';
                }
            } else if (Character.isLowSurrogate(c)) {
                out[o++] = '?';
            } else {
                out[o++] = (byte) (0xE0 | (c >> 12));
                out[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[o++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        size = o;
    }

    private static int fourBytes(byte[] out, int o, int cp) {
        out[o++] = (byte) (0xF0 | (cp >> 18));
        out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[o++] = (byte) (0x80 | (cp & 0x3F));
        return o;
    }

    private void flushPending() {
        if (pendingHigh != NONE) {
            if (size + 1 > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = '?';
            pendingHigh = NONE;
        }
    }

    /** The page's bytes with each placeholder replaced by its formula ({@code formulas}: by number, as UTF-8). */
    byte[] resolve(IntFunction<byte[]> formulas) {
        flushPending();
        int length = size;
        for (int p = 0; p < placeholderCount; p++) {
            length += formulas.apply(placeholders[p * 3 + 2]).length - placeholders[p * 3 + 1];
        }
        byte[] page = new byte[length];
        int from = 0;
        int to = 0;
        for (int p = 0; p < placeholderCount; p++) {
            int at = placeholders[p * 3];
            System.arraycopy(bytes, from, page, to, at - from);
            to += at - from;
            byte[] formula = formulas.apply(placeholders[p * 3 + 2]);
            System.arraycopy(formula, 0, page, to, formula.length);
            to += formula.length;
            from = at + placeholders[p * 3 + 1];
        }
        System.arraycopy(bytes, from, page, to, size - from);
        return page;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
