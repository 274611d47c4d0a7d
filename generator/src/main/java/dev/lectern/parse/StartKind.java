package dev.lectern.parse;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;

/**
 * What a block-start factory needs to see at a line's first non-space character (on a line
 * indented less than code) before it can start a block; {@link #mayStart} is false only where the
 * factory's {@code tryStart} surely declines. Each case cites the syntax it reads.
 */
enum StartKind {
    /** {@code ^(:{3,})...}: see {@link DirectiveBlockParser}. */
    DIRECTIVE,
    /** {@code $$} after any {@link Character#isWhitespace} characters: see {@link DisplayMathBlockParser}. */
    DISPLAY_MATH,
    /** A {@code >}. */
    BLOCK_QUOTE,
    /** {@code ^#{1,6}...} (ATX), or {@code ^(?:=+|-+)[ \t]*$} (setext underline). */
    HEADING,
    /** {@code ^`{3,}...|^~{3,}...}. */
    FENCED_CODE,
    /** A {@code <}. */
    HTML,
    /** {@code ^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$}. */
    THEMATIC_BREAK,
    /** A bullet ({@code LISTS_ITEM_PREFIX_CHARS}) before a space, a tab or the end; or a digit. */
    LIST,
    /** Only on lines indented as code, which are never filtered. */
    INDENTED_CODE,
    /** A factory we do not know: always asked. */
    ANY;

    static StartKind of(CustomBlockParserFactory factory) {
        if (factory instanceof DirectiveBlockParser.Factory) {
            return DIRECTIVE;
        } else if (factory instanceof DisplayMathBlockParser.Factory) {
            return DISPLAY_MATH;
        } else if (factory instanceof BlockQuoteParser.Factory) {
            return BLOCK_QUOTE;
        } else if (factory instanceof HeadingParser.Factory) {
            return HEADING;
        } else if (factory instanceof FencedCodeBlockParser.Factory) {
            return FENCED_CODE;
        } else if (factory instanceof HtmlBlockParser.Factory) {
            return HTML;
        } else if (factory instanceof ThematicBreakParser.Factory) {
            return THEMATIC_BREAK;
        } else if (factory instanceof ListBlockParser.Factory) {
            return LIST;
        } else if (factory instanceof IndentedCodeBlockParser.Factory) {
            return INDENTED_CODE;
        }
        return ANY;
    }

    /**
     * Whether the factory may start a block at {@code at}, the first non-space character of
     * {@code line} ({@code at < line.length()}), the line indented less than code.
     */
    boolean mayStart(CharSequence line, int at, String listMarkers) {
        char c = line.charAt(at);
        return switch (this) {
            case DIRECTIVE -> c == ':';
            case DISPLAY_MATH -> c == '$' || Character.isWhitespace(c);
            case BLOCK_QUOTE -> c == '>';
            case HEADING -> c == '#' || (c == '=' || c == '-') && mayBeUnderline(line, at, c);
            case FENCED_CODE -> c == '`' || c == '~';
            case HTML -> c == '<';
            case THEMATIC_BREAK -> (c == '*' || c == '_' || c == '-') && onlyMarksAndSpaces(line, at, c);
            case LIST -> c >= '0' && c <= '9' || listMarkers.indexOf(c) >= 0 && mayEndMarker(line, at + 1);
            case INDENTED_CODE -> false;
            case ANY -> true;
        };
    }

    /** A run of {@code c}, spaces or tabs, then the end or a line terminator (where {@code $} may match). */
    private static boolean mayBeUnderline(CharSequence line, int at, char c) {
        int i = at;
        while (i < line.length() && line.charAt(i) == c) {
            i++;
        }
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i == line.length() || isLineTerminator(line.charAt(i));
    }

    /** The rest of the line is {@code c}, spaces and tabs (matches() leaves no room for anything else). */
    private static boolean onlyMarksAndSpaces(CharSequence line, int at, char c) {
        for (int i = at; i < line.length(); i++) {
            char d = line.charAt(i);
            if (d != c && d != ' ' && d != '\t') {
                return false;
            }
        }
        return true;
    }

    /** After a bullet the list marker pattern needs a space, a tab or the end ({@code $}). */
    private static boolean mayEndMarker(CharSequence line, int after) {
        if (after >= line.length()) {
            return true;
        }
        char c = line.charAt(after);
        return c == ' ' || c == '\t' || isLineTerminator(c);
    }

    /** The characters before which {@code $} can match in a java.util.regex pattern without flags. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
