package dev.lectern.render;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Renders a run of inline Markdown (a paragraph, a table cell, a title) to safe HTML, with its
 * {@code $...$} formulas typeset. Block syntax is switched off: the model already knows the blocks,
 * and a cell that starts with {@code 1.} must not become a list.
 *
 * <p>Order matters: Markdown becomes HTML with each formula as a placeholder token, the HTML is
 * sanitised, and only then are the tokens replaced by KaTeX's markup (whose inline styles and
 * MathML a safelist would strip; KaTeX runs with {@code trust: false}, so it is safe). The token
 * carries a random nonce per render, so content cannot forge one.
 */
final class InlineMarkdown {

    /** Typesets one formula; {@code offset} is its position in the Markdown, for locating errors. */
    @FunctionalInterface
    interface Typesetter {
        String typeset(String tex, boolean display, int offset);
    }

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer;
    private final SecureRandom random = new SecureRandom();

    InlineMarkdown(HtmlSanitizer sanitizer) {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create()))
                .set(Parser.BLOCK_QUOTE_PARSER, false)
                .set(Parser.FENCED_CODE_BLOCK_PARSER, false)
                .set(Parser.HEADING_PARSER, false)
                .set(Parser.HTML_BLOCK_PARSER, false)
                .set(Parser.INDENTED_CODE_BLOCK_PARSER, false)
                .set(Parser.LIST_BLOCK_PARSER, false)
                .set(Parser.THEMATIC_BREAK_PARSER, false)
                .set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false)
                .set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).customInlineParserExtensionFactory(new DollarMathParser.Factory()).build();
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new MathNodeRenderer()).build();
        this.sanitizer = sanitizer;
    }

    String toHtml(String markdown, Typesetter typesetter) {
        if (markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        String nonce = "lectern-math-" + HexFormat.of().formatHex(nextBytes()) + "-";
        List<MathNode> formulas = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof MathNode math) {
                math.placeholder(nonce + formulas.size() + "-");
                formulas.add(math);
            }
        }
        Element body = sanitizer.clean(renderer.render(document)).body();
        String html = joinParagraphs(body);
        if (formulas.isEmpty()) {
            return html;
        }
        Matcher tokens = Pattern.compile(Pattern.quote(nonce) + "(\\d+)-").matcher(html);
        StringBuilder out = new StringBuilder();
        while (tokens.find()) {
            MathNode math = formulas.get(Integer.parseInt(tokens.group(1)));
            String typeset = typesetter.typeset(math.tex(), math.display(), math.getStartOffset());
            tokens.appendReplacement(out, Matcher.quoteReplacement(typeset));
        }
        tokens.appendTail(out);
        return out.toString();
    }

    private byte[] nextBytes() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The paragraphs' contents without their {@code <p>}, separated by line breaks. */
    private static String joinParagraphs(Element body) {
        StringBuilder out = new StringBuilder();
        for (org.jsoup.nodes.Node child : body.childNodes()) {
            String part;
            if (child instanceof Element element && element.normalName().equals("p")) {
                part = element.html().strip();
            } else if (child instanceof TextNode text && text.isBlank()) {
                continue;
            } else {
                part = child.outerHtml().strip();
            }
            if (!out.isEmpty()) {
                out.append("<br>");
            }
            out.append(part);
        }
        return out.toString();
    }
}
