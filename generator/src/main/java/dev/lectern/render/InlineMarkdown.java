package dev.lectern.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.lectern.math.PlainEquationTranslator;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a run of inline Markdown (a paragraph, a table cell, a title) to safe HTML, with its
 * {@code $...$} formulas typeset, and its symbols written as plain text ({@code x_0}). Block syntax is switched off: the model already knows the blocks,
 * and a cell that starts with {@code 1.} must not become a list. Paragraphs are written as their
 * content, a {@code <br>} between two ({@link InlineNodeRenderer}).
 *
 * <p>Flexmark's renderer writes the HTML (text without any Markdown syntax is only escaped, as
 * Flexmark escapes it, without being parsed). Text that holds only nodes without markup of their own
 * (text, emphasis, code, strikethrough, line breaks, entities, formulas) is safe as Flexmark
 * writes it, since Flexmark escapes text. Anything else (raw HTML, links, images) goes through
 * the jsoup cleaner ({@link HtmlSanitizer}): for raw HTML, and for link targets, which Flexmark
 * passes on with any scheme ({@code JavaScript:}, {@code data:}).
 *
 * <p>Each formula is written as the placeholder its {@link Typesetter} gives ({@link FormulaTypesetter}),
 * which the cleaner keeps as text; KaTeX's markup takes its place once the page is written.
 *
 * <p>A link to {@code lesson:<slug>} (or {@code lesson:<slug>#anchor}) goes to that lesson's page:
 * {@code ../<slug>/}, relative to a lesson's pages (and to the reports, one folder deep as well).
 * The validator reports such links to lessons that do not exist ({@code broken-lesson-link}).
 */
final class InlineMarkdown {

    /**
     * A formula's placeholder: text that passes the cleaner unchanged. {@code offset} is the formula's
     * position in the Markdown, for locating errors.
     */
    @FunctionalInterface
    interface Typesetter {
        String typeset(String tex, boolean display, int offset);
    }

    static final String LESSON_SCHEME = "lesson:";
    private static final Pattern LESSON_TARGET = Pattern.compile(Lesson.LINKED_SLUG + "(#.*)?");

    /** Nodes that cannot carry markup of their own: text made only of these needs no cleaning. */
    private static final Set<Class<?>> WITHOUT_MARKUP = Set.of(Paragraph.class, Text.class, TextBase.class,
            Emphasis.class, StrongEmphasis.class, Code.class, Strikethrough.class, SoftLineBreak.class,
            HardLineBreak.class, HtmlEntity.class, MathNode.class);

    /** A raw HTML tag that opens or (group 1 a slash) closes an element whose text is code, not prose. */
    private static final Pattern RAW_CODE = Pattern.compile("<(/?)(?:code|kbd|samp|pre|tt|var|script|style|math)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A line of a text that would read as a definition itself once definitions are read ({@code [1]: x} in a cell). */
    private static final Pattern DEFINITION_LINE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+]:");

    /**
     * Flexmark's parsers, by {@link #parser}: with or without reading link reference definitions (the file's, written
     * after the text: {@link #toHtml}), and with or without linking bare addresses, which cost a build of a hundred
     * lessons a twentieth of its time when every text was looked through for them (one text in the corpus has one).
     */
    private final Parser[] parsers = new Parser[4];
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer;
    private final PlainEquationTranslator symbols = new PlainEquationTranslator();

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
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.HARD_BREAK, "<br>\n"); // as the cleaner writes it
        for (int kind = 0; kind < parsers.length; kind++) {
            MutableDataSet these = new MutableDataSet(options).set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, (kind & 1) != 0);
            if ((kind & 2) != 0) {
                these.set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create(), AutolinkExtension.create()));
            }
            parsers[kind] = Parser.builder(these).customInlineParserExtensionFactory(new DollarMathParser.Factory()).build();
        }
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new InlineNodeRenderer())
                .linkResolverFactory(new LessonLinks()).build();
        this.sanitizer = sanitizer;
    }

    /**
     * {@code definitions}: the link reference definitions of the text's file, one per line ({@code [label]: url}),
     * for its {@code [text][label]} links; written after the text, so a formula's offset stays its offset in the text.
     * {@code typographic}: its prose's dashes and arrows as students read them ({@link Typography}), for a text that
     * holds some ({@link Typography#applies}); a text without any is written as it is.
     */
    String toHtml(String markdown, Typesetter typesetter, String definitions, boolean typographic) {
        return toHtml(markdown, typesetter, definitions, LessonNumbers.NONE, typographic);
    }

    /** As {@link #toHtml(String, Typesetter, String, boolean)}, with the numbers of {@code numbers}' lessons linked to them. */
    String toHtml(String markdown, Typesetter typesetter, String definitions, LessonNumbers numbers, boolean typographic) {
        if (markdown.isBlank()) {
            return "";
        }
        // no code, formula, link or escape: all of it is prose, unless it holds an equation ("t = 0.3") or gamma(t)
        if (isPlainText(markdown) && !numbers.mayHold(markdown) && !(PlainEquationTranslator.mayHoldInPlainText(markdown)
                && !symbols.symbols(markdown, true).isEmpty())) {
            String text = markdown.strip();
            // Flexmark's text escaping, as for its one Text node
            return Escaping.escapeHtml(typographic && Typography.applies(text) ? Typography.apply(text, ' ', ' ') : text,
                    false);
        }
        if (!definitions.isEmpty() && !DEFINITION_LINE.matcher(markdown).find()) {
            return rendered(parser(markdown, true).parse(markdown + "\n\n" + definitions), typesetter, numbers,
                    typographic);
        }
        return rendered(parser(markdown, false).parse(markdown), typesetter, numbers, typographic);
    }

    /** As {@link #toHtml}, parsed and written by Flexmark even when the text is plain. */
    String rendered(String markdown, Typesetter typesetter, boolean typographic) {
        return rendered(parser(markdown, false).parse(markdown), typesetter, LessonNumbers.NONE, typographic);
    }

    private Parser parser(String markdown, boolean definitions) {
        return parsers[(definitions ? 1 : 0) + (hasBareLink(markdown) ? 2 : 0)];
    }

    private static boolean hasBareLink(String markdown) {
        return markdown.contains("://") || markdown.contains("www.");
    }

    private String rendered(Document document, Typesetter typesetter, LessonNumbers numbers, boolean typographic) {
        boolean markup = false;
        List<Text> texts = new ArrayList<>();
        List<Node> unwrapped = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof MathNode math) {
                math.typesetter(typesetter);
            } else if (node instanceof LinkRef ref && !ref.isDefined() && ref.isReferenceTextCombined()) {
                unwrapped.add(ref); // [3.0, 1.0]: brackets, as Flexmark writes them, where no definition makes a link
            } else {
                markup |= !WITHOUT_MARKUP.contains(node.getClass());
                if (node instanceof Text text && text.getAncestorOfType(LinkNodeBase.class) == null) {
                    texts.add(text);
                } else if (node instanceof Emphasis emphasis && isTimes(emphasis)) {
                    unwrapped.add(emphasis);
                }
            }
        }
        // after the walk, which the changes would upset. Stars between factors are text (CommonMark reads the two in
        // (1-t)*x_0 + t*epsilon as emphasis), so are brackets without a link, and texts side by side one text: an
        // equation is not cut into pieces.
        unwrapped.forEach(InlineMarkdown::unwrap);
        Set<Text> withMaths = new LinkedHashSet<>();
        for (Text text : texts) {
            if (text.getParent() == null) {
                continue; // merged into the text before it
            }
            Text first = text;
            // back to the first of the texts it runs on from in the source: a star's, which the walk did not see
            while (first.getPrevious() instanceof Text previous && previous.getEndOffset() == first.getStartOffset()) {
                first = previous;
            }
            if (PlainEquationTranslator.mayHold(mergeRun(first).getChars())) {
                withMaths.add(first);
            }
        }
        withMaths.forEach(text -> typesetSymbols(text, typesetter));
        if (numbers.mayHold(document.getChars())) {
            linkNumbers(document, numbers);
        }
        if (typographic) { // once symbols are formulas: what is left in text nodes is prose
            typesetProse(document);
        }
        String written = renderer.render(document).strip();
        return markup ? sanitizer.cleanHtml(written) : written;
    }

    /** Whether both stars of an emphasis stand between factors ({@link Inline#isTimes}): multiplication, not emphasis. */
    private static boolean isTimes(Emphasis emphasis) {
        CharSequence text = emphasis.getChars().getBaseSequence();
        return Inline.isTimes(text, emphasis.getOpeningMarker().getStartOffset())
                && Inline.isTimes(text, emphasis.getClosingMarker().getStartOffset());
    }

    /** The emphasis or brackets replaced by their marks, as text, and their content between them. */
    private static void unwrap(Node node) {
        BasedSequence chars = node.getChars();
        int marks = node instanceof Emphasis emphasis ? emphasis.getOpeningMarker().length() : 1;
        node.insertBefore(new Text(chars.subSequence(0, marks)));
        for (Node child = node.getFirstChild(); child != null; child = node.getFirstChild()) {
            node.insertBefore(child); // moves it
        }
        node.insertBefore(new Text(chars.subSequence(chars.length() - marks)));
        node.unlink();
    }

    /** {@code first} with the texts right after it in the source, which are removed. */
    private static Text mergeRun(Text first) {
        while (first.getNext() instanceof Text next && next.getStartOffset() == first.getEndOffset()) {
            first.setChars(first.getChars().baseSubSequence(first.getStartOffset(), next.getEndOffset()));
            next.unlink();
        }
        return first;
    }

    /** Each lesson number in the texts outside links becomes a link to the lesson (the cleaner keeps its markup). */
    private static void linkNumbers(Document document, LessonNumbers numbers) {
        List<Text> texts = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Text text && text.getAncestorOfType(LinkNodeBase.class) == null) {
                texts.add(text);
            }
        }
        for (Text text : texts) {
            BasedSequence chars = text.getChars();
            replace(text, numbers.find(chars).stream().map(found -> new Replacement(found.start(), found.end(),
                    new LessonNumberNode(chars.subSequence(found.start(), found.end()), found.target()))).toList());
        }
    }

    /** A node to put in place of a stretch of a text. */
    private record Replacement(int start, int end, Node node) {
    }

    /** {@code text} cut into the nodes of {@code replacements} (in order) and texts between them. */
    private static void replace(Text text, List<Replacement> replacements) {
        BasedSequence chars = text.getChars();
        int at = 0;
        for (Replacement replacement : replacements) {
            if (replacement.start() > at) {
                text.insertBefore(new Text(chars.subSequence(at, replacement.start())));
            }
            text.insertBefore(replacement.node());
            at = replacement.end();
        }
        if (at > 0) {
            if (at < chars.length()) {
                text.insertBefore(new Text(chars.subSequence(at, chars.length())));
            }
            text.unlink();
        }
    }

    /**
     * The dashes and arrows of the prose's text nodes ({@link Typography}), each decided by the characters around it
     * in the source, which a node's ends cut off. Not code, in backticks or in raw HTML's {@code <code>} and the like;
     * not an address written as the link's text; not an image's alternative text, which is an attribute.
     */
    private static void typesetProse(Document document) {
        int rawCode = 0; // the raw code elements open at this point of the text
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlInline html) {
                Matcher tag = RAW_CODE.matcher(html.getChars());
                if (tag.lookingAt()) {
                    rawCode = Math.max(0, rawCode + (tag.group(1).isEmpty() ? 1 : -1));
                }
            } else if (rawCode == 0 && node instanceof Text text
                    && text.getAncestorOfType(Code.class, AutoLink.class, MailLink.class, Image.class, ImageRef.class) == null) {
                BasedSequence chars = text.getChars();
                if (Typography.applies(chars.toString())) {
                    BasedSequence source = chars.getBaseSequence();
                    int start = chars.getStartOffset();
                    int end = chars.getEndOffset();
                    text.setChars(BasedSequence.of(Typography.apply(chars, start > 0 ? source.charAt(start - 1) : ' ',
                            end < source.length() ? source.charAt(end) : ' ')));
                }
            }
        }
    }

    /**
     * Symbols with a subscript written as plain text in prose ({@code where x_0 is the clean image}, {@code d_model})
     * become formulas, as {@code $x_0$} would: students read them typeset, as the lesson's other formulas. Link text
     * stays as written (it names the target: the caller leaves it out); code is no text node.
     */
    private void typesetSymbols(Text text, Typesetter typesetter) {
        BasedSequence chars = text.getChars();
        // a run that ends its line may be an equation whole; one that emphasis or a link cuts short is a fragment
        Node last = text;
        while (last.getNext() == null && last.getParent() != null && !(last.getParent() instanceof Paragraph)
                && !(last.getParent() instanceof Document)) {
            last = last.getParent(); // the end of an emphasis ends the line only if the emphasis does
        }
        Node next = last.getNext();
        boolean toLineEnd = next == null || next instanceof SoftLineBreak || next instanceof HardLineBreak;
        replace(text, symbols.symbols(chars.toString(), toLineEnd).stream().map(symbol -> {
            MathNode math = new MathNode(chars.subSequence(symbol.start(), symbol.end()), symbol.tex(), false);
            math.typesetter(typesetter);
            return new Replacement(symbol.start(), symbol.end(), math);
        }).toList());
    }

    /**
     * One line without any character that may start inline syntax (ours too: {@code $}), an
     * entity or a bare link ({@code https://}, {@code www.}): Flexmark would parse it to a single text node. Nine in ten of a course's texts (table
     * cells above all) are such, and Flexmark's set-up for each parse and render cost more than
     * the rest of the render stage.
     */
    private static boolean isPlainText(String markdown) {
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            boolean syntax = switch (c) { // a jump per character, where indexOf in a string of them was a call
                case '\\', '`', '*', '_', '~', '[', ']', '!', '<', '&', '$' -> true;
                case ':' -> markdown.startsWith("//", i + 1); // a bare address, which becomes a link
                case 'w' -> markdown.startsWith("ww.", i + 1);
                default -> c < 0x20;
            };
            if (syntax) {
                return false;
            }
        }
        return true;
    }

    /**
     * The page a {@code lesson:} target names, relative to a lesson page: {@code ../<slug>/#anchor}; empty
     * for a target that is not a plain slug ({@code lesson:../x}), which then stays as written and is
     * dropped by the sanitiser like any unknown scheme.
     */
    static Optional<String> lessonHref(String url) {
        if (!url.startsWith(LESSON_SCHEME)) {
            return Optional.empty();
        }
        Matcher target = LESSON_TARGET.matcher(url.substring(LESSON_SCHEME.length()));
        if (!target.matches() || target.group(1).contains("..")) {
            return Optional.empty();
        }
        String anchor = target.group(2) == null ? "" : target.group(2);
        return Optional.of(lessonPage(target.group(1)) + anchor);
    }

    /** The page of the lesson in folder {@code dir}, relative to a lesson's pages. */
    static String lessonPage(String dir) {
        return "../" + dir + "/";
    }

    /** Resolves {@code lesson:} links (not images) to the lesson's page. */
    private static final class LessonLinks extends IndependentLinkResolverFactory implements LinkResolver {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return this;
        }

        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            if (link.getLinkType() != LinkType.LINK) {
                return link;
            }
            return lessonHref(link.getUrl()).map(href -> link.withUrl(href).withStatus(LinkStatus.VALID)).orElse(link);
        }
    }
}
