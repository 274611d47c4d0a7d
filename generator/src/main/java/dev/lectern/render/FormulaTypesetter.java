package dev.lectern.render;

import dev.lectern.model.Rule;
import dev.lectern.math.MathRenderer;
import dev.lectern.math.RenderedMath;
import dev.lectern.model.FileReporter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Typesets the formulas of one content file and reports TeX errors against it. A lesson's outline
 * appears on two pages (student page and spec), so results are memoised and each error is reported
 * once per line and formula.
 */
final class FormulaTypesetter {

    private final MathRenderer math;
    private final FileReporter reporter;
    private final Map<String, RenderedMath> rendered = new HashMap<>();
    private final Set<String> reported = new HashSet<>();

    FormulaTypesetter(MathRenderer math, FileReporter reporter) {
        this.math = math;
        this.reporter = reporter;
    }

    String typeset(String tex, boolean display, int line) {
        RenderedMath result = rendered.computeIfAbsent((display ? "D" : "I") + tex, key -> math.render(tex, display));
        result.error().ifPresent(error -> {
            if (reported.add(line + "\n" + tex)) {
                reporter.report(Rule.TEX_ERROR, line, 0, "TeX error in `" + oneLine(tex) + "`: " + error);
            }
        });
        return result.html();
    }

    private static String oneLine(String tex) {
        String flat = tex.replaceAll("\\s+", " ").strip();
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }
}
