package dev.lectern.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.lectern.testing.Repo;
import dev.lectern.testing.Resources;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The GraalJS renderer's HTML equals Node's {@code katex.renderToString} with the same options
 * (and its error messages equal Node's). Skipped where there is no node or no installed KaTeX.
 */
@ExtendWith(SharedKatex.class)
class KatexNodeComparisonTest {

    static final List<Formula> FORMULAS = List.of(
            new Formula(KatexRendererTest.ADD_LOSS, false),
            new Formula(KatexRendererTest.ADD_LOSS, true),
            new Formula("\\frac{1}{N}\\sum_{i=1}^{N} (y_i - \\hat{y}_i)^2", true),
            new Formula("x_t = (1 - t) \\, x_0 + t \\, \\epsilon", false),
            new Formula("\\int_0^1 f(x)\\,dx \\approx \\sum_{k} w_k f(x_k)", true),
            new Formula("\\begin{aligned} a &= b + c \\\\ d &= \\sqrt[3]{e^2 + \\mathbb{R}^{n \\times m}} \\end{aligned}", true),
            new Formula("\\nabla_\\theta \\mathcal{L} = \\text{größe} + α", false),
            new Formula("a + \\foo < b", false),
            new Formula("\\frac{a}{", true),
            new Formula(KatexRendererTest.macroBomb(), false),
            new Formula("\\href{javascript:alert(1)}{x} + \\htmlClass{x}{y}", false),
            new Formula("\\rule{100em}{100em}", false));

    @Test
    void rendersEveryFormulaByteForByteAsNode(KatexRenderer katex) throws Exception {
        Path katexModule = Repo.root().resolve("assets/node_modules/katex");
        assumeTrue(Files.isDirectory(katexModule), "KaTeX is not installed in assets/node_modules");
        NodeTests.nodeOrSkip();

        JsonNode node = renderWithNode(katexModule);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < FORMULAS.size(); i++) {
            Formula formula = FORMULAS.get(i);
            RenderedMath math = katex.render(formula.tex(), formula.display());
            expected.add(node.get(i).get("ok").asBoolean() + " " + node.get(i).get("text").asText());
            actual.add(math.error().map(message -> "false " + message).orElse("true " + math.html()));
        }
        assertEquals(expected, actual);
        // the undefined \foo, the unclosed \frac and the macro bomb fail in both
        assertEquals(3, expected.stream().filter(line -> line.startsWith("false ")).count());
    }

    private static JsonNode renderWithNode(Path katexModule) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode input = json.createArrayNode();
        FORMULAS.forEach(f -> input.addObject().put("tex", f.tex()).put("display", f.display()));
        Path script = Files.createTempFile("katex-node", ".js");
        try {
            Files.writeString(script, Resources.text("math/katex-node.js"));
            Process process = new ProcessBuilder("node", script.toString(), katexModule.toString(), KatexOptions.JSON)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream stdin = process.getOutputStream()) {
                json.writeValue(stdin, input);
            }
            JsonNode output = json.readTree(process.getInputStream());
            assertEquals(0, process.waitFor());
            return output;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
