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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typesets the formulas of one content file and reports TeX errors against it. A lesson's outline
 * appears on two pages (student page and spec), so results are memoised; an error reported again at
 * the same line is kept once by the {@link dev.lectern.model.DiagnosticCollector} it reaches.
 *
 * <p>{@link #typeset} leaves a placeholder token per formula while the pages are written (and inline
 * HTML cleaned: KaTeX's inline styles and MathML would not pass the sanitiser's safelist; KaTeX runs
 * with {@code trust: false}, so its markup is safe), then {@link #resolve} typesets the file's formulas
 * and puts them in. The token carries a random nonce per file, so content cannot forge one.
 */
final class FormulaTypesetter {

    /*
     * An inline formula and the bracket before it or the bracket or punctuation after it: Chromium broke lines between
     * them ("velocity (" at a line's end, the formula on the next; a comma alone at a line's start), as it may beside
     * any inline block, a word joiner there notwithstanding. They are kept in a span that does not wrap; inside it,
     * KaTeX's breaks between a formula's parts (after relations and operators) stay allowed (lectern.css), so a long
     * formula still wraps on a phone, but for its last part, in a span of its own that does not wrap: Chromium breaks
     * after an inline block wherever the block's parent may wrap, whatever follows.
     */
    private static final String BEFORE_FORMULA = "([{";
    private static final String AFTER_FORMULA = ")]},.;:!?";
    private static final String JOINED = "<span class=\"math-joined\">";
    private static final String JOINED_END = "<span class=\"math-joined-end\">";
    /** Where KaTeX starts each part of an inline formula; the last part ends where the formula's two spans close. */
    private static final String PART = "<span class=\"katex-base\">";
    private static final String FORMULA_END = "</span></span>";

    private final MathRenderer math;
    private final FileReporter reporter;
    private final Map<Formula, RenderedMath> rendered = new HashMap<>();
    private final String nonce;
    private final Map<Formula, Integer> tokens = new LinkedHashMap<>(); // formula -> token number
    private final List<Formula> formulas = new ArrayList<>();           // by token number
    private final List<Occurrence> unreported = new ArrayList<>();

    /** A formula where it is written: the line and column its error is reported at (column 0: unknown). */
    private record Occurrence(Formula formula, int line, int column) {
    }

    /** @param random makes the nonce of this file's placeholders */
    FormulaTypesetter(MathRenderer math, FileReporter reporter, SecureRandom random) {
        this.math = math;
        this.reporter = reporter;
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        this.nonce = "lectern-formula-" + HexFormat.of().formatHex(bytes) + "-";
    }

    /** The formula's placeholder (letters, digits and hyphens), replaced by its HTML in {@link #resolve}. */
    String typeset(String tex, boolean display, int line, int column) {
        Formula formula = new Formula(tex, display);
        unreported.add(new Occurrence(formula, line, column));
        int token = tokens.computeIfAbsent(formula, f -> {
            formulas.add(f);
            return formulas.size() - 1;
        });
        return nonce + token + "-";
    }

    /**
     * The pages as UTF-8 with every placeholder replaced by its formula, typesetting the formulas not
     * typeset yet, and reporting the errors of the formulas asked for since the last call.
     */
    List<byte[]> resolve(List<String> pages) {
        for (Formula formula : formulas) {
            rendered.computeIfAbsent(formula, f -> math.render(f.tex(), f.display()));
        }
        unreported.forEach(occurrence -> report(occurrence, rendered.get(occurrence.formula())));
        unreported.clear();
        return pages.stream().map(page -> withFormulas(page).getBytes(StandardCharsets.UTF_8)).toList();
    }

    /**
     * The page with each placeholder ({@code <nonce><number>-}) replaced by its formula's markup, an inline one joined
     * to the marks beside it.
     */
    private String withFormulas(String page) {
        int at = page.indexOf(nonce);
        if (at < 0) {
            return page;
        }
        StringBuilder out = new StringBuilder(page.length() * 2);
        int from = 0;
        while (at >= 0) {
            int numberStart = at + nonce.length();
            int numberEnd = page.indexOf('-', numberStart);
            Formula formula = formulas.get(Integer.parseInt(page, numberStart, numberEnd, 10));
            String html = rendered.get(formula).html();
            int after = numberEnd + 1;
            int lastPart = formula.display() ? -1 : html.lastIndexOf(PART);
            boolean opened = at > from && BEFORE_FORMULA.indexOf(page.charAt(at - 1)) >= 0;
            boolean followed = after < page.length() && AFTER_FORMULA.indexOf(page.charAt(after)) >= 0;
            if (lastPart < 0 || !(opened || followed)) {
                out.append(page, from, at).append(html);
                from = after;
            } else {
                int start = opened ? at - 1 : at;
                int end = followed ? after + 1 : after;
                out.append(page, from, start).append(JOINED).append(page, start, at)
                        .append(html, 0, lastPart).append(JOINED_END)
                        .append(html, lastPart, html.length() - FORMULA_END.length()).append("</span>").append(FORMULA_END)
                        .append(page, after, end).append("</span>");
                from = end;
            }
            at = page.indexOf(nonce, from);
        }
        return out.append(page, from, page.length()).toString();
    }

    private void report(Occurrence occurrence, RenderedMath result) {
        // KaTeX underlines the TeX at the error with combining low lines, which a terminal or a CI log shows as noise
        result.error().ifPresent(error -> reporter.report(Rule.TEX_ERROR, occurrence.line(), occurrence.column(),
                "TeX error in `" + oneLine(occurrence.formula().tex()) + "`: " + error.replace("\u0332", "")));
    }

    private static String oneLine(String tex) {
        String flat = tex.replaceAll("\\s+", " ").strip();
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }
}
