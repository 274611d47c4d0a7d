package dev.lectern.math;

/**
 * Typesets TeX. Implementations may be slow (KaTeX in GraalJS), so callers go through a cache.
 * A TeX error is a result, not an exception: the HTML then shows the source in an error box.
 */
public interface MathRenderer extends AutoCloseable {

    RenderedMath render(String tex, boolean displayMode);

    /**
     * Typesets several formulas, the results in the same order. A lesson's formulas are asked for
     * together, so an engine in another process can take them in one exchange instead of one each.
     */
    default java.util.List<RenderedMath> renderAll(java.util.List<Formula> formulas) {
        return formulas.stream().map(formula -> formula.renderWith(this)).toList();
    }

    @Override
    default void close() {
    }
}
