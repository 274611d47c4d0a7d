package dev.lectern.render;

import dev.lectern.math.MathRenderer;
import dev.lectern.math.RenderedMath;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for KaTeX: {@code <span class="katex" data-display=..>TEX</span>}, with the TeX escaped.
 * TeX containing {@code \bad} fails the way KaTeX reports an undefined control sequence.
 */
final class FakeMath implements MathRenderer {
    final List<String> calls = new ArrayList<>();

    @Override
    public RenderedMath render(String tex, boolean displayMode) {
        calls.add((displayMode ? "display:" : "inline:") + tex);
        String escaped = tex.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        if (tex.contains("\\bad")) {
            return RenderedMath.failed("<span class=\"katex-error\" title=\"Undefined control sequence: \\bad\">"
                    + escaped + "</span>", "Undefined control sequence: \\bad");
        }
        return RenderedMath.ok("<span class=\"katex\" data-display=\"" + displayMode + "\">" + escaped + "</span>");
    }
}
