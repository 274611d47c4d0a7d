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

    @Override
    public void close() {
        closed = true;
    }
}
