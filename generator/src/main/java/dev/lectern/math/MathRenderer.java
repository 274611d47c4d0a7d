package dev.lectern.math;

/**
 * Typesets TeX. Implementations may be slow (KaTeX in GraalJS), so callers go through a cache.
 * A TeX error is a result, not an exception: the HTML then shows the source in an error box.
 */
public interface MathRenderer extends AutoCloseable {

    RenderedMath render(String tex, boolean displayMode);

    @Override
    default void close() {
    }
}
