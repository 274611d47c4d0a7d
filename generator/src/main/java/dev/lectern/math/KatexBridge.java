package dev.lectern.math;

/**
 * Lectern's side of KaTeX: {@code lectern/katex/bridge.js}, the one JavaScript function that calls
 * {@code katex.renderToString} with {@link KatexOptions} and turns a thrown error into its message,
 * and the one way its {@code [ok, htmlOrMessage]} answer becomes a {@link RenderedMath}.
 */
final class KatexBridge {

    static final String SCRIPT = "lectern/katex/bridge.js";

    /**
     * Typeset once, without a time limit, right after loading KaTeX: the first pass over KaTeX's common
     * paths (fractions, sums, text, accents, fonts) is slow (a second in the GraalJS interpreter on
     * a busy machine), and must not count against the first real formula's limit.
     */
    static final String WARM_UP = "\\frac{a}{b} + \\sum_{i=1}^{n} x_i^2 + \\sqrt{\\hat{y}_t}"
            + " + \\text{t} + \\lambda \\, \\mathbb{R} \\approx \\left(c\\right)";

    private KatexBridge() {
    }

    /** The text of {@code bridge.js}. */
    static String script() {
        return KatexBundle.read(SCRIPT);
    }

    /** The bridge's answer for {@code tex}: KaTeX's HTML, or an error box with KaTeX's message. */
    static RenderedMath result(String tex, boolean displayMode, boolean ok, String htmlOrMessage) {
        return ok ? RenderedMath.ok(htmlOrMessage) : MathErrorBox.failed(tex, displayMode, htmlOrMessage);
    }
}
