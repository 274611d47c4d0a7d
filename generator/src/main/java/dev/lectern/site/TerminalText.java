package dev.lectern.site;

/**
 * Text from content made safe to print on a terminal: control characters (C0 such as ESC, BEL and
 * line breaks, DEL, C1) and bidirectional overrides become U+FFFD, so content can neither drive the
 * terminal, nor reorder or split what is shown; a tab becomes one space. Each code point maps to
 * exactly one, so columns counted in the original still point at the same character.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} with every character a terminal would act on replaced (see above). */
    public static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(shown((char) c)));
        return out.toString();
    }

    /** Every character replaced is in the BMP, so working on UTF-16 units keeps surrogate pairs whole. */
    private static char shown(char c) {
        if (c == '\t') {
            return ' ';
        }
        boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
        return Character.getType(c) == Character.CONTROL || bidi ? '\uFFFD' : c;
    }
}
