package dev.lectern.render;

import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.LinkDefinition;
import dev.lectern.model.MathBlock;
import dev.lectern.model.PaletteColor;
import dev.lectern.model.PrerequisiteTable;
import dev.lectern.model.RawHtml;
import dev.lectern.model.Table;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What templates call to turn content into markup ({@code ${html.inline(card.title)}}): inline
 * Markdown with its formulas, displayed formulas, sanitised raw HTML, palette classes and anchors.
 * One instance serves the pages of one content file, on one thread, so TeX errors are reported
 * against that file.
 * Everything returned as markup is safe: content never reaches a template as template source.
 */
public final class PageHtml {
    private static final String NEUTRAL = "color-neutral";

    private final InlineMarkdown markdown;
    private final HtmlSanitizer sanitizer;
    private final FormulaTypesetter typesetter;
    private final Anchors anchors;
    /**
     * The lessons whose numbers ({@code 7.2.1}) link to them on the students' page; none on pages outside a lesson's
     * folder. Not in the authors' view: its planning tables name thousands of source lessons by slug and number
     * ({@code consistency-models (7.3.1)}), each of which would leave the plain-text fast path for Flexmark (a
     * hundred-lesson build: 2,800 cells, a tenth of a second of a fresh JVM's time).
     */
    private final LessonNumbers numbers;
    /** The file's link reference definitions, one per line, for the texts' {@code [text][label]} links. */
    private final String linkDefinitions;
    /**
     * The outline is on the student page and in the spec: each text is rendered once per file. Keyed
     * by identity, as both pages show the same model objects: hashing a text means reading all of it,
     * and an equal text elsewhere renders to the same markup anyway.
     */
    private final Map<Inline, TemplateHTMLOutputModel> rendered;
    /** The students' view's texts with dashes, arrows or lesson numbers ({@link Typography}); null in the authors' view. */
    private final Map<Inline, TemplateHTMLOutputModel> typeset;

    PageHtml(InlineMarkdown markdown, HtmlSanitizer sanitizer, FormulaTypesetter typesetter, Anchors anchors,
             List<LinkDefinition> links, LessonNumbers numbers) {
        this(markdown, sanitizer, typesetter, anchors, links.stream().map(LinkDefinition::markdown)
                .collect(Collectors.joining("\n")), numbers, new IdentityHashMap<>(), null);
    }

    private PageHtml(InlineMarkdown markdown, HtmlSanitizer sanitizer, FormulaTypesetter typesetter, Anchors anchors,
                     String linkDefinitions, LessonNumbers numbers, Map<Inline, TemplateHTMLOutputModel> rendered,
                     Map<Inline, TemplateHTMLOutputModel> typeset) {
        this.markdown = markdown;
        this.sanitizer = sanitizer;
        this.typesetter = typesetter;
        this.anchors = anchors;
        this.linkDefinitions = linkDefinitions;
        this.numbers = numbers;
        this.rendered = rendered;
        this.typeset = typeset;
    }

    /**
     * The same, for a page students read: prose dashes and arrows typeset ({@code --} as an em dash, {@code ->} as
     * an arrow), lesson numbers linked. The authors' pages keep them as written: a review may quote a lesson's
     * {@code 1--2} to fault it. A text without any is rendered once for both.
     */
    PageHtml forStudents() {
        return new PageHtml(markdown, sanitizer, typesetter, anchors, linkDefinitions, numbers, rendered,
                new IdentityHashMap<>());
    }

    /** Inline Markdown as HTML, formulas typeset. */
    public TemplateHTMLOutputModel inline(Inline text) {
        if (typeset != null && (Typography.applies(text.markdown()) || numbers.mayHold(text.markdown()))) {
            return typeset.computeIfAbsent(text, t -> render(t, true));
        }
        return rendered.computeIfAbsent(text, t -> render(t, false));
    }

    /** The text without its marks ({@link Inline#plain}); on a students' page, with its dashes and arrows typeset. */
    public String plain(Inline text) {
        return typeset != null ? Typography.plain(text) : text.plain();
    }

    /** As {@link #inline(Inline)}; nothing when absent. */
    public TemplateHTMLOutputModel inline(Optional<Inline> text) {
        return text.map(this::inline).orElseGet(() -> markup(""));
    }

    /** The page as UTF-8 with its formulas put in ({@link FormulaTypesetter#resolve}); not for templates. */
    byte[] withFormulas(String page) {
        return typesetter.resolve(List.of(page)).get(0);
    }

    /** A string written as Markdown (a metadata value) at {@code line}; a new text each time, so not remembered. */
    public TemplateHTMLOutputModel markdown(String text, int line) {
        return render(new Inline(text, line), typeset != null);
    }

    /** A formula's TeX error is reported at its opening {@code $}; {@code students}: as the students' view shows it. */
    private TemplateHTMLOutputModel render(Inline text, boolean students) {
        return markup(markdown.toHtml(text.markdown(), (tex, display, offset) ->
                typesetter.typeset(tex, display, text.lineAt(offset), text.columnAt(offset)), linkDefinitions,
                students ? numbers : LessonNumbers.NONE, students));
    }

    /**
     * The text as students read it ({@link StageDirections#spoken}): without the author's directions, and without the
     * quotation marks around it when it is entirely a quotation ({@link QuotedLine}); else as written.
     */
    public TemplateHTMLOutputModel spoken(Inline text) {
        List<Inline> parts = StageDirections.spoken(text);
        if (parts.size() == 1) {
            return inline(parts.get(0));
        }
        try {
            return markup(HTMLOutputFormat.INSTANCE.getMarkupString(inline(parts.get(0))) + " "
                    + HTMLOutputFormat.INSTANCE.getMarkupString(inline(parts.get(1))));
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused its own markup", e);
        }
    }

    /**
     * A check question and its answer, when {@code text} ends with {@code (Answer: ...)}, or, in a section that
     * {@linkplain #asks asks the student}, with any answer in parentheses after a question ({@link CheckAnswer}).
     */
    public Optional<CheckAnswer> answer(Inline text, boolean checkSection) {
        return CheckAnswer.of(text, checkSection);
    }

    /** Whether a heading opens a section of check questions ({@code 5. Check #1 (predict-and-verify)}, {@code Check: ...}). */
    public boolean asks(Heading heading) {
        return CheckAnswer.opensCheckSection(heading);
    }

    /** A displayed formula; a TeX error is reported and shows KaTeX's error box. */
    public TemplateHTMLOutputModel math(MathBlock block) {
        return markup(typesetter.typeset(block.tex(), true, block.texLine(), block.texColumn()));
    }

    public TemplateHTMLOutputModel raw(RawHtml block) {
        return markup(sanitizer.cleanHtml(block.html()));
    }

    /**
     * {@code color-blue} for a palette colour, {@code color-neutral} for a colour outside the palette,
     * {@code color-none} when none was written (styled neutral too; comparison sides pick a default).
     */
    public String colorClass(String color) {
        if (color.isBlank()) {
            return "color-none";
        }
        return PaletteColor.find(color).map(c -> "color-" + c.cssName()).orElse(NEUTRAL);
    }

    public String anchor(int line, Inline text) {
        return anchors.id(line, text);
    }

    /** How many columns to draw: the header's, or more when a row is longer. */
    public int columns(Table table) {
        return table.rows().stream().mapToInt(r -> r.cells().size()).reduce(table.header().size(), Math::max);
    }

    /** A heading level moved by {@code shift} and kept within h2..h6 (h1 is the page title). */
    public int level(int level, int shift) {
        return Math.max(2, Math.min(6, level + shift));
    }

    /** The prerequisite table's rows with their marks. */
    public List<PrerequisiteRow> prerequisites(PrerequisiteTable table) {
        return PrerequisiteRow.of(table);
    }

    static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
    }
}
