package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.FileReporter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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

    /**
     * One diagnostic a file, at its first undecodable byte, naming the other lines that have some: a file saved in
     * another encoding (Windows-1252) has them on hundreds of lines, and one diagnostic a line pushed the other
     * files out of the hundred a build prints. The fix is the file's, not the line's.
     */
    private static void reportInvalidBytes(String text, FileReporter reporter) {
        int first = text.indexOf('\uFFFD');
        int line = 1 + newlines(text, 0, first);
        List<Integer> others = new ArrayList<>();
        for (int at = first, next = onALaterLine(text, first), n = line; next >= 0; at = next, next = onALaterLine(text, next)) {
            n += newlines(text, at, next);
            others.add(n);
        }
        reporter.report(Rule.INVALID_UTF8, line, first - text.lastIndexOf('\n', first),
                "bytes that are not UTF-8 are shown as \uFFFD" + otherLines(others) + "; save the file as UTF-8");
    }

    /** The first U+FFFD on a line after the one {@code index} is on; -1 if none. */
    private static int onALaterLine(String text, int index) {
        int end = text.indexOf('\n', index);
        return end < 0 ? -1 : text.indexOf('\uFFFD', end);
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }

    /** {@code , here and on lines 12 and 40}, or for many {@code , here and on 56 more lines (12, 14, 20, 21, 25, ...)}. */
    private static String otherLines(List<Integer> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        if (lines.size() > 5) {
            return ", here and on " + lines.size() + " more lines (" + lines.subList(0, 5).stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ", ...)";
        }
        String listed = lines.subList(0, lines.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "));
        return ", here and on line" + (lines.size() == 1 ? " " : "s " + listed + " and ") + lines.get(lines.size() - 1);
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
