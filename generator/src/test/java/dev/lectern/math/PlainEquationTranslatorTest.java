package dev.lectern.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.math.KatexRenderer;
import dev.lectern.math.RenderedMath;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(SharedKatex.class)
class PlainEquationTranslatorTest {

    /** Plain-text equations from the seed, the corpus and FORMAT.md, with the TeX they must give. */
    static final Map<String, String> EQUATIONS = new LinkedHashMap<>();

    static {
        EQUATIONS.put("L_ADD = L_diffusion + lambda * L_adversarial",
                "L_{\\text{ADD}} = L_{\\text{diffusion}} + \\lambda \\, L_{\\text{adversarial}}");
        EQUATIONS.put("W_distilled ≈ W_original + BA", "W_{\\text{distilled}} \\approx W_{\\text{original}} + BA");
        EQUATIONS.put("x_t = (1-t)*x_0 + t*epsilon", "x_t = (1 - t) \\, x_0 + t \\, \\epsilon");
        EQUATIONS.put("f(x_t, t) = x_0", "f(x_t, t) = x_0");
        EQUATIONS.put("L_CD = d(f_theta(x_{t_{n+1}}, t_{n+1}), f_{theta_minus}(hat_x_{t_n}, t_n))",
                "L_{\\text{CD}} = d(f_{\\theta}(x_{t_{n + 1}}, t_{n + 1}), f_{\\theta^{-}}(\\hat{x}_{t_n}, t_n))");
        EQUATIONS.put("theta_minus = mu * theta_minus + (1 - mu) * theta",
                "\\theta^{-} = \\mu \\, \\theta^{-} + (1 - \\mu) \\, \\theta");
        EQUATIONS.put("x_t = sqrt(alpha_bar_t) * x_0 + sqrt(1-alpha_bar_t) * epsilon",
                "x_t = \\sqrt{\\bar{\\alpha}_t} \\, x_0 + \\sqrt{1 - \\bar{\\alpha}_t} \\, \\epsilon");
        EQUATIONS.put("x_0_hat = f(x_T, T)", "\\hat{x}_0 = f(x_T, T)");
        EQUATIONS.put("f(x, epsilon) = x", "f(x, \\epsilon) = x");
        EQUATIONS.put("v = epsilon - x_0", "v = \\epsilon - x_0");
        EQUATIONS.put("W_merged = W + BA", "W_{\\text{merged}} = W + BA");
        EQUATIONS.put("y = mx + b", "y = mx + b");
        EQUATIONS.put("θ_new = θ_old - α∇L", "\\theta_{\\text{new}} = \\theta_{\\text{old}} - \\alpha \\nabla L");
        EQUATIONS.put("p(x) = N(0, 1)", "p(x) = N(0, 1)");
        EQUATIONS.put("x_0 = [3.0, 1.0]", "x_0 = [3.0, 1.0]");
        EQUATIONS.put("log p(x) = -x^2/2 + c", "\\log p(x) = -x^2 / 2 + c");
        EQUATIONS.put("e_i + 0 = e_i", "e_i + 0 = e_i");
        EQUATIONS.put("sigma_t^2 = 1 - alpha_t^2", "\\sigma_t^2 = 1 - \\alpha_t^2");
        EQUATIONS.put("epsilon_theta(x_t, t) ≈ epsilon", "\\epsilon_{\\theta}(x_t, t) \\approx \\epsilon");
        EQUATIONS.put("x_t -> x_0 = f(x_t, t)", "x_t \\to x_0 = f(x_t, t)");
        EQUATIONS.put("f(x_t, t) = f(x_t', t')", "f(x_t, t) = f(x_t', t')");
        EQUATIONS.put("x^(n+1) = x^-1 + e^{-t}", "x^{(n + 1)} = x^{-1} + e^{-t}");
        EQUATIONS.put("dx = -0.5 * beta(t) * x dt + sqrt(beta(t)) dw",
                "dx = -0.5 \\, \\beta(t) \\, x \\, dt + \\sqrt{\\beta(t)} \\, dw");
        EQUATIONS.put("a ≠ b = c × d · e", "a \\neq b = c \\times d \\cdot e");
        EQUATIONS.put("  L_ADD = L_diffusion + lambda * L_adversarial  ",
                "L_{\\text{ADD}} = L_{\\text{diffusion}} + \\lambda \\, L_{\\text{adversarial}}");
    }

    private final PlainEquationTranslator translator = new PlainEquationTranslator();

    @Test
    void translatesEveryKnownEquationToItsExactTex() {
        Map<String, String> actual = new LinkedHashMap<>();
        EQUATIONS.keySet().forEach(line -> actual.put(line, translator.toTex(line).orElse("(not an equation)")));
        assertEquals(EQUATIONS, actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The loss is L = a + b for now",
        "L = a + b.",
        "\"L_ADD = L_diffusion + lambda * L_adversarial\"",
        "“x = y”",
        "- L_ADD = L_diffusion + lambda * L_adversarial",
        "* x = y",
        "1. x = y",
        "- At t=0: x_t = x_0 (pure data)",
        "**score(x_t, t) = nabla_{x_t} log q(x_t) approx -epsilon_theta(x_t, t) / sqrt(1 - alpha_bar_t)**",
        "**L = a + b**",
        "*x = y*",
        "`e_i + 0 = e_i`",
        "x = $y$",
        "output = text_out + scale * image_out",
        "Q = W_Q(spatial_features)       # shared query",
        "temporal = 0, height = 3, width = 7",
        "pipe = StableDiffusionPipeline.from_pretrained(\"runwayml/stable-diffusion-v1-5\")",
        "f(x, epsilon_min) = x (at noise level near 0, you are already at the endpoint)",
        "Formula: L = (H/p) x (W/p)",
        "Loss = MSE(v_theta(x_t, t), epsilon - x_0)",
        "K = [text_K; image_K] -> [333, d_head]",
        "GradientCard (violet): Level 3a -- \"Consistency-Based Trajectory Collapse\"",
        "x = y, so z = w",
        "It is x = y",
        "x = y (see below)",
        "a = b -- c",
        "x_t = (1-t)*x_0 +",
        "a = (b + c",
        "a = b)",
        "a = (b]",
        "= x",
        "x = 1 =",
        "x == y",
        "x = --y",
        "x_ = y",
        "x^{} = 1",
        "L_ADD",
        "x -> y",
        "",
        "   ",
    })
    void leavesProseCodeAndBrokenFormulasAlone(String line) {
        assertEquals(Optional.empty(), translator.toTex(line));
    }

    @Test
    void rendersEveryTranslationWithoutAKatexError(KatexRenderer katex) {
        List<String> failures = new ArrayList<>();
        for (String tex : EQUATIONS.values()) {
            RenderedMath math = katex.render(tex, true);
            math.error().ifPresent(message -> failures.add(tex + ": " + message));
        }
        assertEquals(List.of(), failures);
    }

    /**
     * Over every line of the seed and the corpus (code blocks included), exactly these lines are
     * equations: prose that mentions formulas, list items and code stay text.
     */
    @Test
    void findsExactlyTheStandaloneEquationsOfTheSeedAndCorpus() throws IOException {
        Path shared = Repo.corpus().getParent();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(shared.resolve("corpus"))) {
            for (Path file : Stream.concat(files.filter(Files::isRegularFile),
                    Stream.of(shared.resolve("seed/000_a23e514da1571444.txt"))).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    int number = i + 1;
                    translator.toTex(lines.get(i)).ifPresent(tex ->
                            found.add(shared.relativize(file) + ":" + number + ": " + tex));
                }
            }
        }
        assertEquals(List.of(
                "corpus/series-7/module-7-3/lessons/consistency-models.md:293: "
                        + EQUATIONS.get("L_CD = d(f_theta(x_{t_{n+1}}, t_{n+1}), f_{theta_minus}(hat_x_{t_n}, t_n))"),
                "corpus/series-7/module-7-3/lessons/latent-consistency-and-turbo.md:348: "
                        + EQUATIONS.get("L_ADD = L_diffusion + lambda * L_adversarial"),
                "seed/000_a23e514da1571444.txt:348: " + EQUATIONS.get("L_ADD = L_diffusion + lambda * L_adversarial")),
                found);
    }
}
