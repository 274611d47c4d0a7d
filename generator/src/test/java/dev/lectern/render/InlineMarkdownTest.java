package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.math.MathRenderer;
import dev.lectern.math.RenderedMath;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Inline;
import dev.lectern.model.Severity;
import dev.lectern.testing.RandomText;
import dev.lectern.testing.Repo;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class InlineMarkdownTest {
    private static final String FILE = "lessons/x.md";

    private final FakeMath math = new FakeMath();
    private final DiagnosticCollector sink = new DiagnosticCollector();

    private FormulaTypesetter typesetter;

    private PageHtml html(MathRenderer renderer) {
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        typesetter = new FormulaTypesetter(renderer, sink.forFile(FILE), new SecureRandom());
        return new PageHtml(new InlineMarkdown(sanitizer), sanitizer, typesetter, Anchors.none(), List.of(), LessonNumbers.NONE);
    }

    /** The markup with its formulas put in, as a page is written. */
    private String resolved(TemplateHTMLOutputModel model) {
        return new String(typesetter.resolve(List.of(markup(model))).get(0), StandardCharsets.UTF_8);
    }

    static String markup(TemplateHTMLOutputModel model) {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString(model);
        } catch (TemplateModelException e) {
            throw new AssertionError(e);
        }
    }

    private Element render(String markdown) {
        return render(markdown, 1);
    }

    private Element render(String markdown, int line) {
        String out = resolved(html(math).inline(new Inline(markdown, line)));
        return Jsoup.parseBodyFragment(out).body();
    }

    /** On a students' page: prose dashes and arrows typeset, in emphasis and link text too; nothing else. */
    @Test
    void aStudentsPageTypesetsTheProsesDashesAndArrowsButNotCodeFormulasAddressesRawCodeOrAnImagesText() {
        PageHtml students = html(math).forStudents();
        String text = "**Bold**--then `x -> y` and $a -> b$ -- see [Part 2 -- Flow](lesson:sdxl), "
                + "<code>p->q</code> <kbd>--steps</kbd>, ![A -- B](i.png), https://x.org/a--b and c->d";
        Element body = Jsoup.parseBodyFragment(resolved(students.inline(new Inline(text, 1)))).body();

        assertEquals("Bold\u2014then x -> y and a -> b\u2014see Part 2\u2014Flow, p->q --steps, , https://x.org/a--b and c\u2192d",
                body.text());
        assertEquals(List.of("x -> y", "p->q"), body.select("code").eachText());
        assertEquals("A -- B", body.selectFirst("img").attr("alt"));
        assertEquals("https://x.org/a--b", body.selectFirst("a[href^=https]").text());
        assertEquals(List.of("inline:a -> b"), math.calls);
        // the authors' pages (spec, review) show what was written
        assertEquals("Bold--then x -> y", Jsoup.parseBodyFragment(resolved(html(math).inline(new Inline(text, 1))))
                .body().text().substring(0, 17));
    }

    @Test
    void aTableCellOrTitleWithoutMarkupIsTypesetOnTheFastPathAsFlexmarkWouldTypesetIt() {
        InlineMarkdown markdown = new InlineMarkdown(new HtmlSanitizer());
        InlineMarkdown.Typesetter formula = (tex, display, offset) -> "formula " + offset;
        for (String text : List.of("Multi-resolution (64x64 -> 32x32 -> 16x16)", "Yes -- IP-Adapter provides it",
                "1--2 steps", "a \"quoted\" phrase -- then more")) {
            assertEquals(markdown.rendered(text, formula, true), markdown.toHtml(text, formula, "", true), text);
        }
        assertEquals("Multi-resolution (64x64 \u2192 32x32 \u2192 16x16)",
                markdown.toHtml("Multi-resolution (64x64 -> 32x32 -> 16x16)", formula, "", true));
    }

    @Test
    void typesetsInlineMathThroughTheMathRenderer() {
        Element body = render("the loss $L_{ADD} = L_d + \\lambda L_a$ is small");

        Elements formulas = body.select("span.katex");
        assertEquals(1, formulas.size());
        assertEquals("L_{ADD} = L_d + \\lambda L_a", formulas.get(0).text());
        assertEquals("false", formulas.get(0).attr("data-display"));
        assertEquals("the loss L_{ADD} = L_d + \\lambda L_a is small", body.text());
        assertEquals(List.of("inline:L_{ADD} = L_d + \\lambda L_a"), math.calls);
    }

    /** KaTeX's markup of an inline formula in two parts, as it marks where a line may break (after the relation). */
    private static String twoParts(String tex, boolean lastJoined) {
        String last = "<span class=\"katex-base\">1</span>";
        return "<span class=\"katex\"><span class=\"katex-mathml\">" + tex + "</span><span class=\"katex-html\" "
                + "aria-hidden=\"true\"><span class=\"katex-base\">" + tex + " =</span>"
                + (lastJoined ? "<span class=\"math-joined-end\">" + last + "</span>" : last) + "</span></span>";
    }

    /**
     * Chromium broke a line between a formula and a bracket or punctuation beside it ("velocity (" at a line's end):
     * the marks and the formula are kept in a span that does not wrap, the formula's last part in one too, its first
     * parts free to wrap (lectern.css); a formula between spaces as KaTeX wrote it.
     */
    @Test
    void anInlineFormulaIsJoinedToTheBracketBeforeItAndToTheBracketOrPunctuationAfterIt() {
        MathRenderer katex = (tex, display) -> RenderedMath.ok(twoParts(tex, false));
        String out = resolved(html(katex).inline(new Inline("velocity ($v$) and $w$, then $u$ or [$s$ or ($t$", 1)));

        assertEquals("velocity <span class=\"math-joined\">(" + twoParts("v", true) + ")</span> and "
                + "<span class=\"math-joined\">" + twoParts("w", true) + ",</span> then " + twoParts("u", false)
                + " or <span class=\"math-joined\">[" + twoParts("s", true) + "</span> or <span class=\"math-joined\">("
                + twoParts("t", true) + "</span>", out);
    }

    @Test
    void symbolsWithASubscriptWrittenAsPlainTextAreTypesetWhereTheyStand() {
        Element body = render("from x_T to x_0, with epsilon_theta(x_t, t) and d_model; then *x_{t_{n+1}}*");

        assertEquals(List.of("inline:x_T", "inline:x_0", "inline:\\epsilon_{\\theta}(x_t, t)",
                "inline:d_{\\text{model}}", "inline:x_{t_{n + 1}}"), math.calls);
        assertEquals("from x_T to x_0, with \\epsilon_{\\theta}(x_t, t) and d_{\\text{model}}; then x_{t_{n + 1}}", body.text());
        assertEquals(List.of("x_{t_{n + 1}}"), body.select("em span.katex").eachText());
    }

    @Test
    void wordsPathsCodeLinksAndSymbolsWithMoreAfterThemStayText() {
        Element body = render("num_steps and learning_rate, see a/b_c.md, `x_0`, [x_0](lesson:flow), x_0_, x\\_0, "
                + "num_steps=4, y-hat_i, v1.5, x_0's");

        assertEquals(List.of(), math.calls);
        assertEquals("num_steps and learning_rate, see a/b_c.md, x_0, x_0, x_0_, x_0, num_steps=4, y-hat_i, v1.5, x_0's",
                body.text());
    }

    /** As specifications write formulas in plain text (FORMAT.md): the two stars are not emphasis. */
    @Test
    void starsBetweenFactorsAreMultiplicationNotEmphasis() {
        Element body = render("compute x_t = (1-t)*x_0 + t*epsilon, then 2*a*b");

        assertEquals("compute x_t = (1 - t) \\, x_0 + t \\, \\epsilon, then 2*a*b", body.text());
        assertEquals(0, body.select("em").size());
    }

    @Test
    void anEquationThatIsTheWholeTextOrFollowsALabelIsTypesetWhole() {
        render("x_t = sqrt(alpha_bar_t) * x_0 + sqrt(1-alpha_bar_t) * epsilon");
        render("Straight-line interpolation: x_t = (1-t)*x_0 + t*epsilon");
        render("**Target:** v = epsilon - x_0");

        assertEquals(List.of("inline:x_t = \\sqrt{\\bar{\\alpha}_t} \\, x_0 + \\sqrt{1 - \\bar{\\alpha}_t} \\, \\epsilon",
                "inline:x_t = (1 - t) \\, x_0 + t \\, \\epsilon", "inline:v = \\epsilon - x_0"), math.calls);
    }

    @Test
    void aSymbolBetweenStarsRightAfterALinkIsTypesetToo() {
        Element body = render("see [the lesson](lesson:flow-matching)*x_0 + t*epsilon");

        assertEquals(List.of("inline:x_0 + t \\, \\epsilon"), math.calls);
        assertEquals("see the lesson*x_0 + t \\, \\epsilon", body.text());
    }

    @Test
    void anEquationWithProseAfterACommaIsTypesetUpToTheCommaAndTheProseKeepsItsSymbols() {
        Element body = render("Interpolation: x_t = (1-t)*x_0 + t*epsilon, where t goes from 0 to 1 and x_T is noise");

        assertEquals(List.of("inline:x_t = (1 - t) \\, x_0 + t \\, \\epsilon", "inline:x_T"), math.calls);
        assertEquals("Interpolation: x_t = (1 - t) \\, x_0 + t \\, \\epsilon, where t goes from 0 to 1 and x_T is noise",
                body.text());
    }

    @Test
    void anEquationWithARemarkInParenthesesAfterItIsTypesetUpToTheRemark() {
        Element body = render("At t=1: x_t = epsilon (pure noise, as x_T is)");
        render("y = f(x_0) (the model)");
        render("z = g(x_1)");

        assertEquals(List.of("inline:t = 1", "inline:x_t = \\epsilon", "inline:x_T", "inline:y = f(x_0)",
                "inline:z = g(x_1)"), math.calls);
        assertEquals("At t = 1: x_t = \\epsilon (pure noise, as x_T is)", body.text());
    }

    @Test
    void anEquationInParenthesesInProseIsTypesetWholeItsParenthesesKept() {
        Element body = render("a weighted average (x_t = (1-t)*x_0 + t*epsilon) and a subtraction (v = epsilon - x_0) "
                + "of x_0");

        assertEquals(List.of("inline:x_t = (1 - t) \\, x_0 + t \\, \\epsilon", "inline:v = \\epsilon - x_0",
                "inline:x_0"), math.calls);
        assertEquals("a weighted average (x_t = (1 - t) \\, x_0 + t \\, \\epsilon) and a subtraction "
                + "(v = \\epsilon - x_0) of x_0", body.text());
    }

    @Test
    void proseInParenthesesKeepsOnlyItsSymbolsTypesetAndMathsInThemIsTypesetWhole() {
        render("the noise (where x_0 = clean image) and f(x_1 = 1) but (x_2 + x_3)");

        assertEquals(List.of("inline:x_0", "inline:f(x_1 = 1)", "inline:x_2 + x_3"), math.calls);
    }

    /** From flow-matching and score-functions-and-sdes: maths in a sentence, not only at its end or after a label. */
    @Test
    void mathsInASentenceIsTypesetWholeUpToTheWordsAroundIt() {
        Element body = render("4. Compute x_t = (1-t) * x_0 + t * epsilon");
        render("the velocity is the same: epsilon - x_0 (the direction from data to noise).");
        render("Sample random noise epsilon ~ N(0, I) and t ~ Uniform(0, 1)");
        render("From noise to score: score = -epsilon / sqrt(1-alpha_bar_t) (from the previous lesson)");
        render("x_t = 0.5*x_0 + 0.5*epsilon—exactly a 50/50 mix, and x_t^2");

        assertEquals(List.of("inline:x_t = (1 - t) \\, x_0 + t \\, \\epsilon", "inline:\\epsilon - x_0",
                "inline:\\epsilon \\sim N(0, I)", "inline:t \\sim \\operatorname{Uniform}(0, 1)",
                "inline:-\\epsilon / \\sqrt{1 - \\bar{\\alpha}_t}", "inline:x_t = 0.5 \\, x_0 + 0.5 \\, \\epsilon",
                "inline:x_t^2"), math.calls);
        assertEquals("4. Compute x_t = (1 - t) \\, x_0 + t \\, \\epsilon", body.text());
    }

    @Test
    void aFunctionNamedInWordsAndBracketsWithoutALinkBelongToTheFormula() {
        render("Loss = MSE(v_theta(x_t, t), epsilon - x_0)");
        render("Probability flow ODE: dx = [-0.5 * beta(t) * x - 0.5 * beta(t) * score(x, t)] dt");
        render("Sampled noise: epsilon = [-1.0, 2.0], and lesson(s) stay words");

        assertEquals(List.of("inline:\\operatorname{MSE}(v_{\\theta}(x_t, t), \\epsilon - x_0)",
                "inline:dx = [-0.5 \\, \\beta(t) \\, x - 0.5 \\, \\beta(t) \\, \\operatorname{score}(x, t)] \\, dt",
                "inline:\\epsilon = [-1.0, 2.0]"), math.calls);
    }

    @Test
    void aGreekNameIsTypesetInATextWithOtherMathsAndStaysAWordInOtherProse() {
        render("The path is a straight line from x_0 to epsilon.");
        render("The alpha release and a partial result");
        render("the partial sum beside x_0 and Pi");
        render("No alpha-bar, no epsilon here");
        render("Instead of learned gamma, predict gamma(c) from c_t");
        render("gamma(t) and beta(t) from the timestep modulate GroupNorm (the norm)");

        assertEquals(List.of("inline:x_0", "inline:\\epsilon", "inline:x_0", "inline:\\gamma", "inline:\\gamma(c)", "inline:c_t",
                "inline:\\gamma(t)", "inline:\\beta(t)"),
                math.calls);
    }

    @Test
    void productsOfNumbersAndThousandsReadAsWritten() {
        render("Attention costs 256*256 = 65,536 pairs; L = (H/p) x (W/p) and L = 16 x 16 = 256, for GPT-3 (175B)");

        assertEquals(List.of("inline:256 \\times 256 = 65{,}536", "inline:L = (H / p) \\times (W / p)",
                "inline:L = 16 \\times 16 = 256"), math.calls);
    }

    /** From score-functions-and-sdes and diffusion-transformers. */
    @Test
    void aNormAGradientAndAnEnumeratedEquationAreTypesetWhole() {
        render("MSE loss: ||epsilon - epsilon_theta(x_t, t)||^2.");
        render("You used nabla_theta L to find the direction, as the nabla (∇) symbol says");
        render("(b) T = 100 and zero_conv(c_i) = 0");

        assertEquals(List.of("inline:\\lVert \\epsilon - \\epsilon_{\\theta}(x_t, t)\\rVert^2",
                "inline:\\nabla_{\\theta} L", "inline:T = 100", "inline:c_i"), math.calls);
    }

    @Test
    void aDashOrMathsThatGoesOnInWordsIsNoFormula() {
        render("Three lenses -- W_Q (seeking)");
        render("the gate: x + alpha * attention_output");

        assertEquals(List.of("inline:W_Q"), math.calls);
    }

    @Test
    void approxInAnEquationIsTheApproximateSign() {
        render("The reveal (epsilon_theta(x_t, t) approx -sqrt(1-alpha_bar_t) * s_t), at last");

        assertEquals(List.of("inline:\\epsilon_{\\theta}(x_t, t) \\approx -\\sqrt{1 - \\bar{\\alpha}_t} \\, s_t"),
                math.calls);
    }

    @Test
    void anEquationInProseIsTypesetWholeAndOneCutByMarkupKeepsOnlyItsSymbolsTypeset() {
        render("so x_t = x_0 holds at the start");
        render("Interpolation: x_t = (1-t) *x_0 + t* epsilon");

        assertEquals(List.of("inline:x_t = x_0", "inline:x_t", "inline:x_0"), math.calls);
    }

    @Test
    void emphasisBesideAFormulaStaysEmphasis() {
        Element body = render("*really* simple: a*b, and *usual* too, and **bold**");

        assertEquals(List.of("really", "usual"), body.select("em").eachText());
        assertEquals(List.of("bold"), body.select("strong").eachText());
        assertEquals("really simple: a*b, and usual too, and bold", body.text());
    }

    @Test
    void leavesDollarAmountsAsText() {
        Element body = render("it costs $5 and $6 today");

        assertEquals(0, body.select("span.katex").size());
        assertEquals("it costs $5 and $6 today", body.text());
        assertEquals(List.of(), math.calls);
    }

    @Test
    void closingDollarFollowedByADigitDoesNotCloseTheFormula() {
        Element body = render("from $x$1 on");

        assertEquals("from $x$1 on", body.text());
        assertEquals(List.of(), math.calls);
    }

    @Test
    void openingDollarFollowedBySpaceIsText() {
        Element body = render("a $ b$ c");

        assertEquals("a $ b$ c", body.text());
        assertEquals(List.of(), math.calls);
    }

    @Test
    void escapedDollarIsALiteralDollar() {
        Element body = render("pay \\$x$ now");

        assertEquals("pay $x$ now", body.text());
        assertEquals(List.of(), math.calls);
    }

    @Test
    void keepsUnderscoresAndAsterisksInsideMathOutOfEmphasis() {
        Element body = render("$a_b * c_d$ and _em_ and $x*y*z$");

        assertEquals(List.of("inline:a_b * c_d", "inline:x*y*z"), math.calls);
        assertEquals(1, body.select("em").size());
        assertEquals("em", body.selectFirst("em").text());
    }

    @Test
    void rendersDoubleDollarsInAParagraphAsDisplayMath() {
        Element body = render("so $$x^2 + y^2$$ holds");

        Element formula = body.selectFirst("span.katex");
        assertEquals("true", formula.attr("data-display"));
        assertEquals(List.of("display:x^2 + y^2"), math.calls);
    }

    @Test
    void keepsBlockSyntaxAsText() {
        assertEquals("1. not a list", render("1. not a list").text());
        assertEquals("# not a heading", render("# not a heading").text());
        assertEquals(0, render("- not a bullet").select("ul").size());
        assertEquals(0, render("Title\n=====\nbody\n---").select("h1, h2, hr").size());
        assertEquals(0, render("> not a quote\n    not code").select("blockquote, pre").size());
    }

    @Test
    void rendersEmphasisCodeAndLinks() {
        Element body = render("**bold** `a<b` [site](https://example.org/x) ~~gone~~");

        assertEquals("bold", body.selectFirst("strong").text());
        assertEquals("a<b", body.selectFirst("code").text());
        assertEquals("https://example.org/x", body.selectFirst("a").attr("href"));
        assertEquals("gone", body.selectFirst("del").text());
    }

    @Test
    void keepsRelativeLinks() {
        assertEquals("../other/index.html#part",
                render("[other](../other/index.html#part)").selectFirst("a").attr("href"));
    }

    @Test
    void aBareWebAddressIsALinkAsOnGitHubButNotInCodeOrAfterAnotherScheme() {
        Element body = render("Source Code (https://github.com/Tongyi-MAI/Z-Image): see www.example.org/a. "
                + "`https://in.code/` javascript://x");

        assertEquals(List.of("https://github.com/Tongyi-MAI/Z-Image", "http://www.example.org/a"),
                body.select("a[href]").eachAttr("href"));
        assertEquals("Source Code (https://github.com/Tongyi-MAI/Z-Image): see www.example.org/a. "
                + "https://in.code/ javascript://x", body.text());
    }

    @Test
    void removesScriptsEventHandlersAndJavascriptUrls() {
        Element body = render("<b onclick=\"steal()\">bold</b><script>alert(1)</script> "
                + "[link](javascript:alert(1)) <a href=\"javascript:alert(2)\">a</a> "
                + "<span style=\"color:red\" onmouseover=\"x()\">red</span> <img src=x onerror=alert(3)>");

        assertEquals(0, body.select("script").size());
        assertEquals(0, body.select("[onclick], [onmouseover], [onerror], [style]").size());
        assertEquals(0, body.select("a[href]").size());
        assertEquals("bold link a red", body.text());
        assertEquals("x", body.selectFirst("img").attr("src"));
        assertTrue(!body.html().contains("alert"), body.html());
    }

    @Test
    void removesLinkTargetsWithAnySchemeButWebAndMailWhateverTheirSpelling() {
        Element body = render("[a](JavaScript:alert(1)) [b](java&#x09;script:alert(2)) [c](data:text/html,x) "
                + "[d](vbscript:x) <javascript:alert(3)> ![e](javascript:alert(4)) [f](lesson:../x) "
                + "[ok](https://example.org/) [mail](mailto:a@b.c)");

        assertEquals(List.of("https://example.org/", "mailto:a@b.c"), body.select("a[href]").eachAttr("href"));
        assertEquals(0, body.select("img[src]").size());
        assertEquals(0, body.select("[href~=(?i)script], [src~=(?i)script]").size());
    }

    @Test
    void textWithoutMarkupNeedsNoCleaningCleaningItChangesNothingABrowserSees() throws IOException {
        Set<String> texts = new LinkedHashSet<>(fragmentsOf(Repo.seed()));
        Path corpus = Repo.root().resolve("../shared/corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.walk(corpus)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    texts.addAll(fragmentsOf(file));
                }
            }
        }
        RandomText random = new RandomText(20261127, "ab \n*_`~$\\&;<>[]()!#1.-\"'\u00A0é", 16);
        for (int i = 0; i < 5000; i++) {
            texts.add(random.next());
        }
        InlineMarkdown markdown = new InlineMarkdown(new HtmlSanitizer());
        HtmlSanitizer cleaner = new HtmlSanitizer();
        for (String text : texts) {
            String html = markdown.toHtml(text, (tex, display, offset) -> "formula " + offset, "", false);
            assertEquals(dom(html), dom(cleaner.cleanHtml(html)), () -> "HTML of \"" + text + "\": " + html);
        }
    }

    /** Also with dashes and arrows typeset: the plain-text path and Flexmark's agree on them too. */
    @Test
    void writesTextWithoutSyntaxAsFlexmarkWritesItWithoutParsingIt() throws IOException {
        Set<String> texts = new LinkedHashSet<>(fragmentsOf(Repo.seed()));
        RandomText random = new RandomText(20261128, "ab \"'>#-+=|1.:;()/?%^{}é€\u00A0\u2003\u2028\u0085\uFEFF\uD83D\uDE00", 16);
        for (int i = 0; i < 5000; i++) {
            texts.add(random.next());
        }
        InlineMarkdown markdown = new InlineMarkdown(new HtmlSanitizer());
        InlineMarkdown.Typesetter formula = (tex, display, offset) -> "formula " + offset;
        for (String text : texts) {
            if (!text.isBlank()) {
                for (boolean typographic : new boolean[] {false, true}) {
                    assertEquals(markdown.rendered(text, formula, typographic),
                            markdown.toHtml(text, formula, "", typographic), () -> "HTML of \"" + text + "\"");
                }
            }
        }
    }

    @Test
    void typesetsEachFormulaInOrderWithItsOffsetAndADisplayedOneInAFocusableBoxWhetherOrNotTheTextIsCleaned() {
        InlineMarkdown markdown = new InlineMarkdown(new HtmlSanitizer());
        List<String> plain = new ArrayList<>();
        List<String> cleaned = new ArrayList<>();

        String plainHtml = markdown.toHtml("a $x$ **b $$y$$**", recording(plain), "", false);
        String cleanedHtml = markdown.toHtml("[a $x$](u.html) <b>$$y$$</b>", recording(cleaned), "", false);

        assertEquals(List.of("x false 2", "y true 10"), plain);
        String box = "<span class=\"math-display\" tabindex=\"0\" role=\"region\" aria-label=\"Formula\">";
        assertEquals("a [x false 2] <strong>b " + box + "[y true 10]</span></strong>", plainHtml);
        assertEquals(List.of("x false 3", "y true 19"), cleaned);
        assertEquals("<a href=\"u.html\">a [x false 3]</a> <b>" + box + "[y true 19]</span></b>", cleanedHtml);
    }

    @Test
    void writesParagraphsAsTheirContentWithABreakBetweenAndTextEscaped() {
        InlineMarkdown markdown = new InlineMarkdown(new HtmlSanitizer());

        assertEquals("a<br>b", markdown.toHtml("a \n\n b", recording(new ArrayList<>()), "", false));
        assertEquals("line one<br>\nline two\nthree", markdown.toHtml("line one  \nline two\nthree",
                recording(new ArrayList<>()), "", false));
        assertEquals("5 &gt; 3 &lt; 4 &amp; &quot;q&quot; <code>&lt;b&gt;</code>",
                markdown.toHtml("5 > 3 < 4 & \"q\" `<b>`", recording(new ArrayList<>()), "", false));
    }

    private static InlineMarkdown.Typesetter recording(List<String> calls) {
        return (tex, display, offset) -> {
            calls.add(tex + " " + display + " " + offset);
            return "[" + tex + " " + display + " " + offset + "]";
        };
    }

    /** The document a browser builds from the markup, written out one way. */
    private static String dom(String html) {
        org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    /** Every line, table cell and paragraph of a Markdown file. */
    private static Set<String> fragmentsOf(Path file) throws IOException {
        Set<String> fragments = new LinkedHashSet<>();
        for (String paragraph : Files.readString(file, StandardCharsets.UTF_8).split("\n\\s*\n")) {
            fragments.add(paragraph);
            for (String line : paragraph.split("\n")) {
                fragments.add(line);
                if (line.startsWith("|")) {
                    fragments.addAll(List.of(line.split("(?<!\\\\)\\|")));
                }
            }
        }
        return fragments;
    }

    @Test
    void insertsTheRenderersMarkupAfterSanitising() {
        MathRenderer styled = (tex, display) -> RenderedMath.ok(
                "<span class=\"katex\"><math><mi>x</mi></math><span style=\"height:0.43em;\">x</span></span>");
        String out = resolved(html(styled).inline(new Inline("see $x$", 1)));

        Element body = Jsoup.parseBodyFragment(out).body();
        assertEquals("height:0.43em;", body.selectFirst("span.katex span").attr("style"));
        assertEquals(1, body.select("math mi").size());
    }

    @Test
    void contentCannotForgeAFormulaPlaceholder() {
        Element body = render("text lectern-formula-00-0- and $y$");

        assertEquals("text lectern-formula-00-0- and y", body.text());
        assertEquals(List.of("inline:y"), math.calls);
    }

    @Test
    void reportsATexErrorAtTheLineOfTheFormula() {
        Element body = render("first line\nsecond line $\\bad{x}$ here", 40);

        assertEquals(List.of(new Diagnostic(FILE, 41, 0, Severity.WARNING, "tex-error",
                "TeX error in `\\bad{x}`: Undefined control sequence: \\bad")), sink.sorted());
        assertEquals("\\bad{x}", body.selectFirst("span.katex-error").text());
    }

    @Test
    void reportsKatexsMessageWithoutTheCombiningLowLinesThatUnderlineTheTex() {
        String katexMessage = "KaTeX parse error: Undefined control sequence: \\lamda at position 1: "
                + "\\\u0332l\u0332a\u0332m\u0332d\u0332a\u0332 x";
        html((tex, display) -> RenderedMath.failed("<span>" + tex + "</span>", katexMessage)).inline(new Inline("$\\lamda x$", 3));
        typesetter.resolve(List.of());

        assertEquals(List.of(new Diagnostic(FILE, 3, 0, Severity.WARNING, "tex-error", "TeX error in `\\lamda x`: "
                + "KaTeX parse error: Undefined control sequence: \\lamda at position 1: \\lamda x")), sink.sorted());
    }

    @Test
    void reportsTheSameFormulaErrorOncePerLine() {
        PageHtml html = html(math);
        html.inline(new Inline("$\\bad$", 7));
        html.inline(new Inline("$\\bad$", 7));
        html.inline(new Inline("$\\bad$", 9));
        typesetter.resolve(List.of());

        assertEquals(List.of(7, 9), sink.sorted().stream().map(Diagnostic::line).toList());
        assertEquals(List.of("inline:\\bad"), math.calls);
    }

    @Test
    void rendersNothingForBlankText() {
        assertEquals("", markup(html(math).inline(new Inline("  ", 3))));
    }
}
