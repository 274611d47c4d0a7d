package dev.lectern.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and repairs UTF-8 text that was once decoded as Windows-1252 ({@code â€”} for an em dash):
 * a lead character whose Windows-1252 byte starts a UTF-8 sequence, followed by characters whose
 * bytes are valid continuation bytes, and the whole decoding as strict UTF-8.
 */
public final class Mojibake {

    /** One repaired run: where it starts in the line (0-based), what was there, what it meant. */
    public record Repair(int index, String found, String meant) {
    }

    /** The repaired line and the repairs made, in order; no repairs when the line is clean. */
    public record Result(String text, List<Repair> repairs) {
    }

    private static final String CP1252_HIGH =
            "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f"
                    + "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

    private Mojibake() {
    }

    public static Result repair(String line) {
        List<Repair> repairs = new ArrayList<>();
        StringBuilder out = null;
        int i = 0;
        while (i < line.length()) {
            int length = sequenceLength(cp1252Byte(line.charAt(i)));
            String meant = length > 0 && i + length <= line.length() ? decode(line, i, length) : null;
            if (meant != null) {
                if (out == null) {
                    out = new StringBuilder(line.length()).append(line, 0, i);
                }
                repairs.add(new Repair(i, line.substring(i, i + length), meant));
                out.append(meant);
                i += length;
            } else {
                if (out != null) {
                    out.append(line.charAt(i));
                }
                i++;
            }
        }
        return new Result(out == null ? line : out.toString(), List.copyOf(repairs));
    }

    /** The byte Windows-1252 encodes {@code c} as, or -1 when it has none. */
    static int cp1252Byte(char c) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            return c;
        }
        int index = CP1252_HIGH.indexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    private static String decode(String line, int start, int length) {
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
            int b = cp1252Byte(line.charAt(start + k));
            if (b < 0 || (k > 0 && (b < 0x80 || b > 0xBF))) {
                return null;
            }
            bytes[k] = (byte) b;
        }
        try { // a new decoder throws on bytes that are not UTF-8
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notMojibake) {
            return null;
        }
    }
}
