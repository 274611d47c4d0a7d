package dev.lectern.math;

import java.util.ArrayList;
import java.util.List;

/** A fake renderer that records every call; {@code \bad} anywhere makes a TeX error. */
final class CountingRenderer implements MathRenderer {

    final List<String> calls = new ArrayList<>();
    boolean closed;

    @Override
    public synchronized RenderedMath render(String tex, boolean displayMode) {
        calls.add((displayMode ? "display " : "inline ") + tex);
        if (tex.contains("\\bad")) {
            return MathErrorBox.failed(tex, displayMode, "KaTeX parse error: bad");
        }
        return RenderedMath.ok("<span>" + tex + (displayMode ? " (display)" : "") + "</span>");
    }

    /** The sizes of the lists {@link #renderAll} was given, in order. */
    final List<Integer> batches = new ArrayList<>();

    @Override
    public synchronized List<RenderedMath> renderAll(List<Formula> formulas) {
        batches.add(formulas.size());
        return MathRenderer.super.renderAll(formulas);
    }

    @Override
    public void close() {
        closed = true;
    }
}
