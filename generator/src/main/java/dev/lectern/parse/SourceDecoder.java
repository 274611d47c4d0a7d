package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.FileReporter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a file's bytes into the text the parser reads, reporting what it had to mend: a byte-order
 * mark (dropped), CRLF or CR line ends (made LF), bytes that are not UTF-8 (replaced by U+FFFD),
 * and mojibake (repaired). Line numbers are preserved, so every later position matches the file.
 */
public final class SourceDecoder {

    public String decode(byte[] bytes, FileReporter reporter) {
        int start = hasBom(bytes) ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        // Bad bytes decode to U+FFFD: text without one is valid, and the strict decoder is not needed.
        boolean valid = text.indexOf('\uFFFD') < 0 || isValidUtf8(bytes, start);
        if (text.indexOf('\r') >= 0) { // most files have LF ends already: one search, no copies
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (!valid) {
            reportInvalidBytes(text, reporter);
        }
        return repairMojibake(text, reporter);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean isValidUtf8(byte[] bytes, int start) {
        try { // a new decoder throws on bytes that are not UTF-8
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** One diagnostic per line with undecodable bytes, at the first of them. */
    private static void reportInvalidBytes(String text, FileReporter reporter) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int column = lines[i].indexOf('\uFFFD');
            if (column >= 0) {
                reporter.report(Rule.INVALID_UTF8, i + 1, column + 1,
                        "bytes that are not UTF-8 are shown as \uFFFD; save the file as UTF-8");
            }
        }
    }

    private static String repairMojibake(String text, FileReporter reporter) {
        if (!mayHoldMojibake(text)) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        List<String> repaired = new ArrayList<>(lines.length);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            Mojibake.Result result = Mojibake.repair(lines[i]);
            for (Mojibake.Repair repair : result.repairs()) {
                reporter.report(Rule.MOJIBAKE, i + 1, repair.index() + 1,
                        "mojibake '" + repair.found() + "' read as '" + repair.meant()
                                + "' (UTF-8 text once decoded as Windows-1252)");
            }
            changed |= !result.repairs().isEmpty();
            repaired.add(result.text());
        }
        return changed ? String.join("\n", repaired) : text;
    }

    /** Mojibake starts with a UTF-8 lead byte read as Windows-1252: a character from U+00C2 to U+00F4. */
    private static boolean mayHoldMojibake(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00F4') {
                return true;
            }
        }
        return false;
    }
}
