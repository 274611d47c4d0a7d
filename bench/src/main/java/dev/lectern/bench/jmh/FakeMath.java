package dev.lectern.bench.jmh;

import dev.lectern.math.MathRenderer;
import dev.lectern.math.RenderedMath;

/** Typesets nothing: returns the TeX in a span, so render benchmarks measure pages, not KaTeX. */
final class FakeMath implements MathRenderer {

    @Override
    public RenderedMath render(String tex, boolean displayMode) {
        String escaped = tex.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return RenderedMath.ok((displayMode ? "<span class=\"katex-display\">" : "<span class=\"katex\">")
                + escaped + "</span>");
    }
}
