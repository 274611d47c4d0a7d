package dev.lectern.render;

import dev.lectern.math.Formula;
import dev.lectern.math.MathRenderer;
import dev.lectern.math.RenderedMath;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Rule;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Typesets the formulas of one content file and reports TeX errors against it. A lesson's outline
 * appears on two pages (student page and spec), so results are memoised and each error is reported
 * once per line and formula.
 *
 * <p>{@link #deferred} leaves a placeholder token per formula while the pages are written, then
 * {@link #resolve} typesets the file's formulas and puts them in. The token carries a random nonce
 * per file, so content cannot forge one.
 */
final class FormulaTypesetter {

    private final MathRenderer math;
    private final FileReporter reporter;
    private final Map<String, RenderedMath> rendered = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    private final String nonce; // empty when typesetting at once
    private final Map<String, Integer> tokens = new LinkedHashMap<>(); // formula key -> token number
    private final List<Formula> formulas = new ArrayList<>();           // by token number
    private final List<Occurrence> unreported = new ArrayList<>();

    private record Occurrence(String key, String tex, int line) {
    }

    private FormulaTypesetter(MathRenderer math, FileReporter reporter, String nonce) {
        this.math = math;
        this.reporter = reporter;
        this.nonce = nonce;
    }

    /** Typesets each formula when it is asked for. */
    FormulaTypesetter(MathRenderer math, FileReporter reporter) {
        this(math, reporter, "");
    }

    /** Leaves placeholders until {@link #resolve}. */
    static FormulaTypesetter deferred(MathRenderer math, FileReporter reporter, SecureRandom random) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return new FormulaTypesetter(math, reporter, "lectern-formula-" + HexFormat.of().formatHex(bytes) + "-");
    }

    /** The formula's HTML, or its placeholder when deferred. */
    String typeset(String tex, boolean display, int line) {
        String key = key(tex, display);
        if (nonce.isEmpty()) {
            RenderedMath result = rendered.computeIfAbsent(key, k -> math.render(tex, display));
            report(new Occurrence(key, tex, line), result);
            return result.html();
        }
        unreported.add(new Occurrence(key, tex, line));
        int token = tokens.computeIfAbsent(key, k -> {
            formulas.add(new Formula(tex, display));
            return formulas.size() - 1;
        });
        return nonce + token + "-";
    }

    /** A page to write with this file's placeholders in it, for {@link #resolve}. */
    PageBytes page() {
        return new PageBytes(nonce);
    }

    /**
     * The pages as UTF-8 with every placeholder replaced by its formula, typesetting the formulas not
     * typeset yet, and reporting their errors as {@link #typeset} would have.
     */
    List<byte[]> resolve(List<PageBytes> pages) {
        for (Formula formula : formulas) {
            rendered.computeIfAbsent(keyOf(formula), key -> math.render(formula.tex(), formula.display()));
        }
        unreported.forEach(occurrence -> report(occurrence, rendered.get(occurrence.key())));
        unreported.clear();
        // each formula's bytes once: the outline's formulas are on two pages
        byte[][] utf8 = new byte[formulas.size()][];
        IntFunction<byte[]> formula = token -> {
            if (utf8[token] == null) {
                utf8[token] = rendered.get(keyOf(formulas.get(token))).html().getBytes(StandardCharsets.UTF_8);
            }
            return utf8[token];
        };
        List<byte[]> result = new ArrayList<>(pages.size());
        for (PageBytes page : pages) {
            result.add(page.resolve(formula));
        }
        return result;
    }

    private static String keyOf(Formula formula) {
        return key(formula.tex(), formula.display());
    }

    private static String key(String tex, boolean display) {
        return (display ? "D" : "I") + tex;
    }

    private void report(Occurrence occurrence, RenderedMath result) {
        result.error().ifPresent(error -> {
            if (reported.add(occurrence.line() + "\n" + occurrence.tex())) {
                reporter.report(Rule.TEX_ERROR, occurrence.line(), 0, "TeX error in `" + oneLine(occurrence.tex())
                        + "`: " + error);
            }
        });
    }

    private static String oneLine(String tex) {
        String flat = tex.replaceAll("\\s+", " ").strip();
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }
}
