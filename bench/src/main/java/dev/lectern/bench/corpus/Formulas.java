package dev.lectern.bench.corpus;

import dev.lectern.math.PlainEquationTranslator;
import java.util.List;

/**
 * The five formulas of lesson number {@code n} (1-based, unique in the course): each is
 * parameterised by {@code n}, so no two lessons share one and a cold build typesets 5 N distinct
 * formulas. Three are written in TeX ({@code $$...$$} twice, {@code $...$} once), one is a
 * fraction-heavy display, and one is a plain-text equation as specs write them, whose TeX is
 * whatever Lectern's own translator makes of it (so the formula list matches what the build renders).
 */
public final class Formulas {

    /** One formula: how the lesson writes it, and the TeX and mode KaTeX receives. */
    public record Formula(String markdown, String tex, boolean display) {
    }

    private final PlainEquationTranslator plain = new PlainEquationTranslator();

    public List<Formula> forLesson(int n) {
        String sum = "\\sum_{i=1}^{N} x_i^{" + n + "}";
        String gradient = "\\frac{\\partial \\mathcal{L}_{" + n + "}}{\\partial \\theta} = \\frac{1}{B} \\sum_{b=1}^{B} "
                + "\\nabla_\\theta \\ell(x_b, y_b)";
        String equation = "L_ADD = L_diffusion + " + n + " * lambda * L_adversarial";
        String forward = "x_t = \\sqrt{\\bar{\\alpha}_{" + n + "}}\\, x_0 + \\sqrt{1 - \\bar{\\alpha}_{" + n + "}}\\, \\epsilon";
        String reverse = "p_\\theta(x_{t-1} \\mid x_t) = \\mathcal{N}\\left(x_{t-1};\\ \\mu_\\theta(x_t, t),\\ "
                + "\\sigma_{" + n + "}^2 \\mathbf{I}\\right)";
        String equationTex = plain.toTex(equation).orElseThrow(
                () -> new IllegalStateException("Lectern no longer reads `" + equation + "` as an equation"));
        return List.of(
                new Formula("$$" + sum + "$$", sum, true),
                new Formula("$$" + gradient + "$$", gradient, true),
                new Formula(equation, equationTex, true),
                new Formula("$" + forward + "$", forward, false),
                new Formula("$$" + reverse + "$$", reverse, true));
    }
}
