package dev.lectern.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.SharedKatex;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedKatex.class)
class KatexRendererTest {

    static final String ADD_LOSS = "L_{\\text{ADD}} = L_{\\text{diffusion}} + \\lambda \\, L_{\\text{adversarial}}";

    @Test
    void turnsATexErrorIntoAnErrorBoxWithKatexMessage(KatexRenderer katex) {
        // KaTeX underlines the offending characters with U+0332 COMBINING LOW LINE.
        String underlined = "\\\u0332f\u0332o\u0332o\u0332 \u0332";
        String message = "KaTeX parse error: Undefined control sequence: \\foo at position 5: a + " + underlined + "< b";
        assertEquals(RenderedMath.failed("<span class=\"lectern-math-error\" data-component=\"MathError\" title=\""
                        + "KaTeX parse error: Undefined control sequence: \\foo at position 5: a + " + underlined + "&lt; b"
                        + "\">a + \\foo &lt; b</span>", message),
                katex.render("a + \\foo < b", false));
    }

    @Test
    void showsADisplayFormulaErrorAsABlock(KatexRenderer katex) {
        String message = "KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{a}{";
        assertEquals(RenderedMath.failed("<div class=\"lectern-math-error lectern-math-error-display\" data-component=\"MathError\""
                        + " title=\"KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{a}{\">"
                        + "\\frac{a}{</div>", message),
                katex.render("\\frac{a}{", true));
    }

    @Test
    void stopsAMacroBombAtMaxExpand(KatexRenderer katex) {
        assertEquals(Optional.of("KaTeX parse error: Too many expansions: infinite loop or need to increase maxExpand setting"),
                katex.render(macroBomb(), false, Duration.ofMinutes(1)).error()); // maxExpand stops it, not the clock
    }

    @Test
    void aFormulaNestedDeeperThanTheLimitIsAnErrorOnEveryMachine(KatexRenderer katex) {
        String deep = "\\sqrt{".repeat(129) + "x" + "}".repeat(129);
        assertEquals(Optional.of("formula nested 129 levels deep, over the limit of 128; not typeset"),
                katex.render(deep, false).error());
        assertEquals(Optional.empty(), katex.render("x^2", false).error());
    }

    @Test
    void theCostliestNestingWithinTheLimitIsTypesetWhateverTheCallersStack(KatexRenderer katex) throws Exception {
        // \left( \frac{a}{...} \right): two levels each, KaTeX's deepest recursion per level measured
        String deepest = "\\left(\\frac{a}{".repeat(64) + "x" + "}\\right)".repeat(64);
        assertEquals(KatexRenderer.MAX_NESTING, KatexRenderer.nesting(deepest));
        RenderedMath[] onSmallStack = new RenderedMath[1];
        Thread caller = new Thread(null, () -> onSmallStack[0] = katex.render(deepest, true), "small-stack", 256 * 1024);
        caller.start();
        caller.join();
        assertEquals(Optional.empty(), onSmallStack[0].error());
        assertEquals(onSmallStack[0], katex.render(deepest, true));
    }

    @Test
    void nestingCountsBracesLeftRightAndEnvironmentsButNotEscapedBraces() {
        assertEquals(0, KatexRenderer.nesting("x + \\{ y \\}"));
        assertEquals(2, KatexRenderer.nesting("\\frac{a}{b_{c}}"));
        assertEquals(3, KatexRenderer.nesting("\\begin{pmatrix} \\left( {x} \\right) \\end{pmatrix}"));
    }

    @Test
    void refusesUntrustedCommandsWithoutRunningThem(KatexRenderer katex) {
        // trust: false shows the command in red instead of making a link; the source stays only as text.
        assertEquals(RenderedMath.ok("<span class=\"katex\"><span class=\"katex-mathml\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
                        + "<semantics><mrow><mstyle mathcolor=\"#cc0000\"><mtext>\\href</mtext></mstyle></mrow>"
                        + "<annotation encoding=\"application/x-tex\">\\href{javascript:alert(1)}{x}</annotation></semantics></math></span>"
                        + "<span class=\"katex-html\" aria-hidden=\"true\"><span class=\"katex-base\"><span class=\"katex-strut\""
                        + " style=\"height:1em;vertical-align:-0.25em;\"></span><span class=\"mord text\" style=\"color:#cc0000;\">"
                        + "<span class=\"mord\" style=\"color:#cc0000;\">\\href</span></span></span></span></span>"),
                katex.render("\\href{javascript:alert(1)}{x}", false));
    }

    @Test
    void stopsAFormulaPastTheTimeLimitAndStaysUsable(KatexRenderer katex) {
        String slow = "\\frac{a_1}{b} + ".repeat(120) + "c"; // within the length limit; a long time for 50 ms
        RenderedMath addLoss = katex.render(ADD_LOSS, false);
        RenderedMath stopped = katex.render(slow, true, Duration.ofMillis(50));
        assertEquals(Optional.of("formula passed the time limit of 50 ms and was stopped"), stopped.error());
        assertEquals("<div class=\"lectern-math-error lectern-math-error-display\" data-component=\"MathError\""
                + " title=\"formula passed the time limit of 50 ms and was stopped\">" + slow + "</div>", stopped.html());
        assertFalse(Thread.currentThread().isInterrupted());
        assertEquals(addLoss, katex.render(ADD_LOSS, false));
    }

    @Test
    void rendersFromSeveralThreadsAsFromOne(KatexRenderer katex) throws Exception {
        List<String> formulas = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            formulas.add("x_{" + i + "} = \\sqrt{" + i + "} + \\alpha^" + (i % 10));
        }
        List<RenderedMath> sequential = formulas.stream().map(tex -> katex.render(tex, false)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<RenderedMath>> parallel = new ArrayList<>();
            for (String tex : formulas) {
                parallel.add(pool.submit(() -> katex.render(tex, false)));
            }
            for (int i = 0; i < formulas.size(); i++) {
                assertEquals(sequential.get(i), parallel.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void startsNoContextBeforeTheFirstFormula() {
        try (KatexRenderer katex = new KatexRenderer()) {
            assertEquals(0, katex.contextsCreated());
        }
    }

    @Test
    void refusesToRenderOnceClosed() {
        KatexRenderer katex = new KatexRenderer(Duration.ofSeconds(1), 1);
        katex.close();
        assertThrows(IllegalStateException.class, () -> katex.render("x", false));
    }

    @Test
    void readsTheBundledKatexVersionWithoutJavaScript() {
        assertEquals("0.19.1", KatexBundle.version());
        assertEquals("katex 0.19.1 " + KatexOptions.JSON + " error-box-2 max-tex-2000 max-nesting-128", KatexRenderer.cacheIdentity());
    }

    @Test
    void aFormulaOverTheLengthLimitIsAnErrorBoxOnEveryMachineAndStartsNoKatex() {
        String tex = "x+".repeat(1000) + "y";
        try (KatexRenderer katex = new KatexRenderer()) {
            RenderedMath math = katex.render(tex, true);
            assertEquals(Optional.of("formula of 2,001 characters, over the limit of 2,000; not typeset"), math.error());
            assertTrue(math.html().startsWith("<div class=\"lectern-math-error lectern-math-error-display\""));
            assertEquals(0, katex.contextsCreated());
        }
    }

    @Test
    void aFormulaOfTheMaximumLengthIsTypesetWithinTheSafetyNet(KatexRenderer katex) {
        // about 2 s with the machine's load average at 10, against the safety net's 20 s
        String tex = "\\frac{a}{b}+".repeat(166) + "xyzwvuts";
        assertEquals(KatexRenderer.MAX_TEX_LENGTH, tex.length());
        assertEquals(Optional.empty(), katex.render(tex, true).error());
    }

    /** Ten macros, each expanding to two of the next: 2^10 expansions, past maxExpand 1000. */
    static String macroBomb() {
        StringBuilder tex = new StringBuilder();
        for (char c = 'a'; c < 'j'; c++) {
            tex.append("\\def\\").append(c).append("{\\").append((char) (c + 1)).append("\\").append((char) (c + 1)).append('}');
        }
        return tex.append("\\def\\j{x}\\a").toString();
    }
}
