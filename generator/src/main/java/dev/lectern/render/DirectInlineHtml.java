package dev.lectern.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the HTML of parsed inline Markdown straight from Flexmark's tree, when the tree holds only
 * nodes that cannot carry markup of their own: text, emphasis, code, strikethrough, line breaks,
 * entities and formulas. The result is byte for byte what Flexmark's renderer followed by the jsoup
 * sanitiser gives ({@code DirectInlineHtmlTest} compares the two over the seed and the corpus), at
 * a fraction of the cost: those two were a third of a whole build, for text that needs neither.
 *
 * <p>Anything else (links, images, raw HTML, a character jsoup might treat specially) gives
 * empty, before any formula is typeset, and {@link InlineMarkdown} takes the full path.
 */
final class DirectInlineHtml {

    /** Stands for a formula until the paragraphs are joined; content holding it takes the full path. */
    private static final char FORMULA_MARK = '\uE000';

    /** Characters that may start inline syntax, break a line, or be an entity; see {@link #plainLine}. */
    private static final boolean[] INLINE_SYNTAX = new boolean[128];

    static {
        for (char c : "\\`*_~[]!<&$\n\r".toCharArray()) {
            INLINE_SYNTAX[c] = true;
        }
    }

    private static final Set<Class<?>> SAFE = Set.of(Paragraph.class, Text.class, TextBase.class, Emphasis.class,
            StrongEmphasis.class, Code.class, Strikethrough.class, SoftLineBreak.class, HardLineBreak.class,
            HtmlEntity.class, MathNode.class);

    private DirectInlineHtml() {
    }

    /**
     * The HTML of one line without any character Markdown's inline syntax (or ours, {@code $}) gives
     * meaning to: the text itself, escaped, with no parsing at all. Empty for any other text.
     */
    static Optional<String> plainLine(String markdown) {
        boolean stars = false;
        boolean escapes = false; // a character text() escapes or refuses: else the line is its own HTML
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '*') {
                stars = true;
            } else if (c < INLINE_SYNTAX.length && INLINE_SYNTAX[c]) {
                return Optional.empty();
            } else if (c == '>' || c < 0x20 || c >= 0x7F && (c == 0x7F || c == '\u00A0' || c == FORMULA_MARK
                    || Character.isSurrogate(c))) {
                escapes = true;
            }
        }
        String line = markdown.strip();
        if (!stars && !escapes) {
            return Optional.of(line);
        }
        HtmlLines out = new HtmlLines();
        boolean written = stars ? strongLine(line, out) : text(line, out);
        return written ? Optional.of(out.toString()) : Optional.empty();
    }

    /**
     * A line whose only syntax is {@code **strong**} spans that no reading of the emphasis rules can
     * take otherwise ({@code **Label:** text}, a table cell {@code **Verbal/Analogy**}): each {@code **}
     * opens after the start or a space and before a non-space, or closes after a non-space and before
     * a space or the end, alternately. False for anything else (another run of stars, a closing
     * {@code **} before punctuation), which Flexmark then parses.
     */
    private static boolean strongLine(String line, HtmlLines out) {
        int from = 0;
        boolean open = false;
        int at = line.indexOf('*');
        while (at >= 0) {
            int end = at + 2;
            if (end > line.length() || line.charAt(at + 1) != '*' || end < line.length() && line.charAt(end) == '*') {
                return false;
            }
            boolean spaceBefore = at == 0 || line.charAt(at - 1) == ' ';
            boolean spaceAfter = end == line.length() || line.charAt(end) == ' ';
            if (open ? spaceBefore || !spaceAfter || anySpace(line.charAt(at - 1))
                    : !spaceBefore || spaceAfter || anySpace(line.charAt(end))) {
                return false;
            }
            if (!text(line.substring(from, at), out)) {
                return false;
            }
            out.append(open ? "</strong>" : "<strong>");
            open = !open;
            from = end;
            at = line.indexOf('*', from);
        }
        return !open && text(line.substring(from), out);
    }

    /** White space by Java's rule or Unicode's (a no-break space), either of which may stop emphasis. */
    private static boolean anySpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The HTML, or empty when the tree needs the full renderer and sanitiser. */
    static Optional<String> render(Document document, InlineMarkdown.Typesetter typesetter) {
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child.getClass() != Paragraph.class) {
                return Optional.empty();
            }
        }
        for (Node node : document.getDescendants()) {
            if (!SAFE.contains(node.getClass())) {
                return Optional.empty();
            }
        }
        List<MathNode> formulas = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (Node paragraph = document.getFirstChild(); paragraph != null; paragraph = paragraph.getNext()) {
            if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
                continue; // Flexmark writes no <p> for it
            }
            HtmlLines inner = new HtmlLines();
            if (!children(paragraph, inner, formulas)) {
                return Optional.empty();
            }
            if (!out.isEmpty()) {
                out.append("<br>");
            }
            out.append(inner.toString().strip());
        }
        return Optional.of(withFormulas(out, formulas, typesetter));
    }

    private static boolean children(Node parent, HtmlLines out, List<MathNode> formulas) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (!node(node, out, formulas)) {
                return false;
            }
        }
        return true;
    }

    private static boolean node(Node node, HtmlLines out, List<MathNode> formulas) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            return text(unescaped(node.getChars()), out);
        } else if (node instanceof Code code) {
            out.append("<code>");
            boolean ok = text(Escaping.collapseWhitespace(code.getText(), true), out);
            out.append("</code>");
            return ok;
        } else if (node instanceof MathNode math) {
            formulas.add(math);
            out.append(FORMULA_MARK);
            return true;
        } else if (node instanceof SoftLineBreak) {
            out.append('\n');
            return true;
        } else if (node instanceof HardLineBreak) {
            out.append("<br>\n");
            return true;
        }
        String tag = node instanceof Emphasis ? "em"
                : node instanceof StrongEmphasis ? "strong"
                : node instanceof Strikethrough ? "del"
                : null;
        if (tag != null) {
            out.append("<" + tag + ">");
        }
        boolean ok = children(node, out, formulas);
        if (tag != null) {
            out.append("</" + tag + ">");
        }
        return ok;
    }

    /** The text Flexmark writes for a text node: escapes and entities resolved, line ends normalised. */
    private static String unescaped(BasedSequence chars) {
        if (chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 && chars.indexOf('\r') < 0) {
            return chars.toString(); // nothing to resolve: skip building a new sequence
        }
        return Escaping.normalizeEOL(chars.unescape());
    }

    /** Appends text escaped as jsoup writes it; false for characters left to jsoup itself. */
    private static boolean text(String text, HtmlLines out) {
        int run = 0; // where the characters written as they are begin
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\u00A0' -> "&nbsp;";
                default -> null;
            };
            if (entity != null) {
                out.append(text, run, i).append(entity);
                run = i + 1;
            } else if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F || c == FORMULA_MARK) {
                return false;
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        out.append(text, run, text.length());
        return true;
    }

    private static String withFormulas(StringBuilder html, List<MathNode> formulas, InlineMarkdown.Typesetter typesetter) {
        if (formulas.isEmpty()) {
            return html.toString();
        }
        StringBuilder out = new StringBuilder(html.length() + formulas.size() * 1024);
        int next = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == FORMULA_MARK) {
                MathNode math = formulas.get(next++);
                out.append(typesetter.typeset(math.tex(), math.display(), math.getStartOffset()));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The paragraph's markup as Flexmark's writer leaves it: spaces at the start of an output line
     * are dropped (its default {@code F_TRIM_LEADING_WHITESPACE}); tabs stay.
     */
    private static final class HtmlLines {
        private final StringBuilder out = new StringBuilder();
        private boolean lineBlank;

        HtmlLines append(String text) {
            return append(text, 0, text.length());
        }

        HtmlLines append(String text, int start, int end) {
            int i = start;
            while (i < end) {
                if (lineBlank) {
                    char c = text.charAt(i++);
                    if (c == ' ') {
                        continue;
                    }
                    lineBlank = c == '\t' || c == '\n';
                    out.append(c);
                } else {
                    int eol = text.indexOf('\n', i);
                    int stop = eol < 0 || eol >= end ? end : eol + 1;
                    out.append(text, i, stop);
                    lineBlank = stop == eol + 1;
                    i = stop;
                }
            }
            return this;
        }

        HtmlLines append(char c) {
            return append(String.valueOf(c));
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
