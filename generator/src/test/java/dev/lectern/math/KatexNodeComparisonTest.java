package dev.lectern.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lectern.testing.Repo;
import dev.lectern.testing.Resources;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * KaTeX in GraalJS gives, byte for byte, what Node's {@code katex.renderToString} gives with the same
 * KaTeX and {@link KatexOptions} (HTML, or the error message). Node's answers for every formula of the
 * seed and for the edge cases below are recorded in {@value #RECORDED}, so this holds where there is
 * no Node; where there is, the corpus is compared with Node itself. To record again (a new formula in
 * the seed, another KaTeX or other options), with node installed:
 * <pre>mvn -q -pl generator test -Dtest=KatexNodeComparisonTest -Dlectern.updateGolden=true</pre>
 */
@ExtendWith(SharedKatex.class)
class KatexNodeComparisonTest {

    static final String RECORDED = "generator/src/test/resources/math/katex-node.json";

    static final List<Formula> EDGE_CASES = List.of(
            new Formula(KatexRendererTest.ADD_LOSS, false),
            new Formula("\\frac{1}{N}\\sum_{i=1}^{N} (y_i - \\hat{y}_i)^2", true),
            new Formula("x_t = (1 - t) \\, x_0 + t \\, \\epsilon", false),
            new Formula("\\int_0^1 f(x)\\,dx \\approx \\sum_{k} w_k f(x_k)", true),
            new Formula("\\begin{aligned} a &= b + c \\\\ d &= \\sqrt[3]{e^2 + \\mathbb{R}^{n \\times m}} \\end{aligned}", true),
            new Formula("\\nabla_\\theta \\mathcal{L} = \\text{größe} + α", false),
            new Formula("x + \u2028 \\text{\"quoted\" \\\\ back\\slash}", false),
            new Formula("{".repeat(100) + "x" + "}".repeat(100), true),
            new Formula("a + \\foo < b", false),
            new Formula("\\frac{a}{", true),
            new Formula(KatexRendererTest.macroBomb(), false),
            new Formula("\\href{javascript:alert(1)}{x} + \\htmlClass{x}{y}", false),
            new Formula("\\rule{100em}{100em}", false));

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void typesetsEveryFormulaOfTheSeedAndEachEdgeCaseAsNodeDidWhenRecorded(KatexRenderer katex) throws Exception {
        List<Formula> formulas = seedAndEdgeCases();
        Path file = Repo.root().resolve(RECORDED);
        if (Repo.updateGolden()) {
            record(formulas, file);
        }
        JsonNode recorded = JSON.readTree(file.toFile());
        String again = " (record again: " + KatexNodeComparisonTest.class.getSimpleName() + "'s comment says how)";
        assertEquals(KatexBundle.version(), recorded.path("katex").asText(), "recorded with another KaTeX" + again);
        assertEquals(KatexOptions.JSON, recorded.path("options").asText(), "recorded with other options" + again);
        assertEquals(formulas, formulasOf(recorded.path("formulas")), "not the formulas recorded" + again);

        assertSameAnswers(formulas, answersOf(recorded.path("formulas")), graalJs(katex, formulas));
        assertEquals(4, answersOf(recorded.path("formulas")).stream().filter(a -> a.startsWith("false ")).count(),
                "the U+2028, the undefined \\foo, the unclosed \\frac and the macro bomb fail in both");
    }

    @Test
    void typesetsEveryFormulaOfTheCorpusAsNodeDoes(KatexRenderer katex) throws Exception {
        List<Formula> formulas = BuildFormulas.of(Repo.corpus());
        assertTrue(formulas.size() >= 2, "the corpus has formulas: " + formulas);
        assertSameAnswers(formulas, node(formulas, katexModuleOrSkip()), graalJs(katex, formulas));
    }

    @Test
    void theRecordedAnswersAreWhatNodeGivesNow() throws Exception {
        JsonNode recorded = JSON.readTree(Repo.root().resolve(RECORDED).toFile());
        List<Formula> formulas = formulasOf(recorded.path("formulas"));
        assertSameAnswers(formulas, answersOf(recorded.path("formulas")), node(formulas, katexModuleOrSkip()));
    }

    /** Answer by answer, so that a failure names its formula. */
    private static void assertSameAnswers(List<Formula> formulas, List<String> expected, List<String> actual) {
        assertEquals(formulas.size(), expected.size());
        assertEquals(formulas.size(), actual.size());
        for (int i = 0; i < formulas.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "for " + formulas.get(i));
        }
    }

    /** The seed's formulas (a plain-text equation translated to TeX, today), then the edge cases. */
    private static List<Formula> seedAndEdgeCases() {
        Set<Formula> formulas = new LinkedHashSet<>(BuildFormulas.of(Repo.content()));
        assertTrue(formulas.contains(new Formula(KatexRendererTest.ADD_LOSS, true)), "the seed's add loss: " + formulas);
        formulas.addAll(EDGE_CASES);
        return List.copyOf(formulas);
    }

    /** Writes Node's answers for {@code formulas}; recording needs node, so without it this fails. */
    private static void record(List<Formula> formulas, Path file) throws Exception {
        Path katexModule = Repo.root().resolve("assets/node_modules/katex");
        assertTrue(Files.isDirectory(katexModule) && nodeRuns(), "recording needs node and " + katexModule);
        List<String> answers = node(formulas, katexModule);
        ObjectNode root = JSON.createObjectNode()
                .put("katex", KatexBundle.version())
                .put("options", KatexOptions.JSON);
        ArrayNode entries = root.putArray("formulas");
        for (int i = 0; i < formulas.size(); i++) {
            String answer = answers.get(i);
            entries.addObject().put("tex", formulas.get(i).tex()).put("display", formulas.get(i).display())
                    .put("ok", answer.startsWith("true ")).put("text", answer.substring(answer.indexOf(' ') + 1));
        }
        Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    private static List<Formula> formulasOf(JsonNode entries) {
        List<Formula> formulas = new ArrayList<>();
        entries.forEach(entry -> formulas.add(new Formula(entry.path("tex").asText(), entry.path("display").asBoolean())));
        return formulas;
    }

    /** Each answer as {@code "true <html>"} or {@code "false <message>"}. */
    private static List<String> answersOf(JsonNode entries) {
        List<String> answers = new ArrayList<>();
        entries.forEach(entry -> answers.add(entry.path("ok").asBoolean() + " " + entry.path("text").asText()));
        return answers;
    }

    /** GraalJS's answers, with time enough for the slowest (the macro bomb) on a busy machine. */
    private static List<String> graalJs(KatexRenderer katex, List<Formula> formulas) {
        return formulas.stream().map(formula -> katex.render(formula.tex(), formula.display(), Duration.ofMinutes(1)))
                .map(math -> math.error().map(message -> "false " + message).orElse("true " + math.html()))
                .toList();
    }

    /** Node's {@code katex.renderToString} on each formula, through {@code math/katex-node.js}. */
    private static List<String> node(List<Formula> formulas, Path katexModule) throws IOException, InterruptedException {
        ArrayNode input = JSON.createArrayNode();
        formulas.forEach(f -> input.addObject().put("tex", f.tex()).put("display", f.display()));
        Path script = Files.createTempFile("katex-node", ".js");
        try {
            Files.writeString(script, Resources.text("math/katex-node.js"));
            Process process = new ProcessBuilder("node", script.toString(), katexModule.toString(), KatexOptions.JSON)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream stdin = process.getOutputStream()) {
                JSON.writeValue(stdin, input);
            }
            JsonNode output = JSON.readTree(process.getInputStream());
            assertEquals(0, process.waitFor());
            List<String> answers = new ArrayList<>();
            output.forEach(answer -> answers.add(answer.get("ok").asBoolean() + " " + answer.get("text").asText()));
            return answers;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** The KaTeX that the build bundles, for Node; skips the calling test where node or it is missing. */
    private static Path katexModuleOrSkip() {
        Path katexModule = Repo.root().resolve("assets/node_modules/katex");
        assumeTrue(Files.isDirectory(katexModule), "KaTeX is not installed in assets/node_modules");
        assumeTrue(nodeRuns(), "node is not on PATH");
        return katexModule;
    }

    private static boolean nodeRuns() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
