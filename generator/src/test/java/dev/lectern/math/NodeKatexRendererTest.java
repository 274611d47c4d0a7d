package dev.lectern.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.Repo;
import dev.lectern.testing.Resources;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * KaTeX in node worker processes: the same bytes as GraalJS, and the same behaviour when a formula
 * runs too long, when a worker dies and when node is missing. Skipped where there is no node.
 */
@ExtendWith(SharedKatex.class)
class NodeKatexRendererTest {

    /** A formula that takes about a second in Node (and longer in GraalJS). */
    static final String SLOW = "\\frac{a_1}{b} + ".repeat(10_000) + "c";

    @TempDir
    Path temp;

    private NodeCommand node;
    private final List<String> notices = new CopyOnWriteArrayList<>();

    @BeforeEach
    void needsNode() {
        node = NodeTests.nodeOrSkip();
    }

    private NodeKatexRenderer renderer(NodeCommand command, MathRenderer graalJs) {
        return new NodeKatexRenderer(command, KatexRenderer.DEFAULT_TIME_LIMIT, 2, MathEngineChoice.AUTO,
                () -> graalJs, notices::add);
    }

    private String nodeNotice(NodeCommand command, int workers) {
        return "lectern: typesetting formulas with KaTeX 0.19.1 in Node " + NodeTests.version().substring(1)
                + " (" + command.executable() + ", up to " + workers + " processes)";
    }

    @Test
    void typesetsEveryFormulaOfTheSeedByteForByteAsGraalJs(MathRenderer graalJs) {
        List<Formula> formulas = BuildFormulas.of(Repo.content());
        try (NodeKatexRenderer katex = renderer(node, graalJs)) {
            assertEquals(render(formulas, graalJs), render(formulas, katex));
            assertEquals("node " + NodeTests.version().substring(1), katex.engine());
        }
        assertEquals(List.of(nodeNotice(node, 2)), notices);
        // the seed's one formula: a plain-text equation, translated to TeX
        assertEquals(List.of(new Formula(KatexRendererTest.ADD_LOSS, true)), formulas);
    }

    @Test
    void typesetsEveryFormulaOfTheCorpusByteForByteAsGraalJs(MathRenderer graalJs) {
        List<Formula> formulas = BuildFormulas.of(Repo.corpus());
        try (NodeKatexRenderer katex = renderer(node, graalJs)) {
            assertEquals(render(formulas, graalJs), render(formulas, katex));
        }
        assertEquals(2, formulas.size());
    }

    @Test
    void typesetsErrorsMacroBombsAndUntrustedCommandsByteForByteAsGraalJs(MathRenderer graalJs) {
        List<Formula> formulas = Stream.concat(KatexNodeComparisonTest.FORMULAS.stream(), Stream.of(
                new Formula("\\frac{a}{", false),
                new Formula("x + \uD800 + \u2028 \\text{\"quoted\" \\\\ back\\slash}", false),
                new Formula("{".repeat(100) + "x" + "}".repeat(100), true))).toList();
        try (NodeKatexRenderer katex = renderer(node, graalJs)) {
            List<RenderedMath> fromNode = render(formulas, katex);
            assertEquals(render(formulas, graalJs), fromNode);
            assertEquals(Optional.of("KaTeX parse error: Too many expansions: infinite loop or need to increase "
                    + "maxExpand setting"), fromNode.get(9).error());
            assertEquals(RenderedMath.ok(Resources.text("math/add-loss-inline.html")), fromNode.get(0));
            assertEquals(1, katex.processesStarted());
        }
    }

    @Test
    void typesetsABatchInOneWorkerExactlyAsOneAtATime(MathRenderer graalJs) {
        List<Formula> formulas = Stream.concat(KatexNodeComparisonTest.FORMULAS.stream(),
                Stream.of(new Formula("\\frac{a}{", false), new Formula("x^2", true))).toList();
        try (NodeKatexRenderer katex = renderer(node, graalJs)) {
            List<RenderedMath> batch = katex.renderAll(formulas);

            assertEquals(render(formulas, graalJs), batch);
            assertEquals(1, katex.processesStarted());
            assertEquals(render(formulas, katex), batch);
        }
    }

    @Test
    void typesetsABatchOneAtATimeAgainWhenAFormulaInItPassesTheTimeLimit(MathRenderer graalJs) {
        Duration limit = Duration.ofMillis(150);
        List<Formula> formulas = List.of(new Formula("x", false), new Formula(SLOW, true),
                new Formula(KatexRendererTest.ADD_LOSS, false));
        try (NodeKatexRenderer katex = new NodeKatexRenderer(node, limit, 1, MathEngineChoice.AUTO, () -> graalJs,
                notices::add)) {
            List<RenderedMath> batch = katex.renderAll(formulas);

            assertEquals(List.of(new Formula("x", false).renderWith(graalJs), MathErrorBox.timedOut(SLOW, true, limit),
                    RenderedMath.ok(Resources.text("math/add-loss-inline.html"))), batch);
        }
    }

    @Test
    void startsNoProcessBeforeTheFirstFormula(MathRenderer graalJs) {
        try (NodeKatexRenderer katex = renderer(node, graalJs)) {
            assertEquals(0, katex.processesStarted());
            assertEquals("none", katex.engine());
        }
        assertEquals(List.of(), notices);
    }

    @Test
    void killsAWorkerPastTheTimeLimitAndTypesetsTheNextFormulaInAFreshOne(MathRenderer graalJs) {
        Duration limit = Duration.ofMillis(150);
        try (NodeKatexRenderer katex = new NodeKatexRenderer(node, limit, 1, MathEngineChoice.AUTO, () -> graalJs,
                notices::add)) {
            katex.render("x", false);
            long first = katex.livePids().get(0);

            RenderedMath stopped = katex.render(SLOW, true);

            assertEquals(MathErrorBox.timedOut(SLOW, true, limit), stopped);
            assertEquals(Optional.of("formula passed the time limit of 150 ms and was stopped"), stopped.error());
            assertEquals(List.of(), katex.livePids());
            assertFalse(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false));
            assertEquals(RenderedMath.ok(Resources.text("math/add-loss-inline.html")),
                    katex.render(KatexRendererTest.ADD_LOSS, false));
            assertEquals(2, katex.processesStarted());
        }
    }

    @Test
    void replacesAWorkerThatDiesMidFormulaAndRetriesTheFormula(MathRenderer graalJs) throws IOException {
        NodeCommand crashing = crashingNode();
        try (NodeKatexRenderer katex = renderer(crashing, graalJs)) {
            Formula crashOnce = new Formula("\\text{crash-once}", false);
            assertEquals(crashOnce.renderWith(graalJs), crashOnce.renderWith(katex));
            assertEquals(2, katex.processesStarted());
            assertEquals("node " + NodeTests.version().substring(1), katex.engine());
            assertEquals(1, katex.livePids().size());
        }
        assertEquals(List.of(nodeNotice(crashing, 2)), notices);
    }

    @Test
    void typesetsWithGraalJsOnceWorkersKeepDying(MathRenderer graalJs) throws IOException {
        NodeCommand crashing = crashingNode();
        try (NodeKatexRenderer katex = renderer(crashing, graalJs)) {
            katex.render("x", false);
            Formula crashAlways = new Formula("\\text{crash-always}", true);
            assertEquals(crashAlways.renderWith(graalJs), crashAlways.renderWith(katex));
            assertEquals("graaljs", katex.engine());
            assertEquals(List.of(), katex.livePids());
            assertEquals(RenderedMath.ok(Resources.text("math/add-loss-inline.html")),
                    katex.render(KatexRendererTest.ADD_LOSS, false));
            assertEquals(2, katex.processesStarted());
        }
        assertEquals(2, notices.size());
        assertEquals(nodeNotice(crashing, 2), notices.get(0));
        assertEquals("lectern: a node worker died on the same formula twice (ended, exit code 7: crashed on purpose);"
                + " typesetting formulas with KaTeX 0.19.1 in GraalJS", notices.get(1));
    }

    @Test
    void keepsTypesettingWhileNodeFloodsItsStandardError(MathRenderer graalJs) throws IOException {
        // 256 KB on stderr per request, written blocking: far past a pipe's buffer, so an undrained
        // stderr would stop node until the time limit killed it
        Path hook = temp.resolve("noisy-hook.js");
        Files.writeString(hook, "process.stdin.on('data', () => require('fs').writeSync(2, 'x'.repeat(262144) + '\\n'));\n");
        NodeCommand noisy = NodeTests.script(temp, "noisy-node", "exec node --require '" + hook + "' \"$@\"");
        try (NodeKatexRenderer katex = renderer(noisy, graalJs)) {
            for (int i = 0; i < 5; i++) {
                assertEquals(Optional.empty(), katex.render("x_" + i, false).error());
            }
            assertEquals(1, katex.processesStarted());
        }
    }

    @Test
    void rendersFromFourThreadsAsFromOne(MathRenderer graalJs) throws Exception {
        List<Formula> formulas = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            formulas.add(new Formula("x_{" + i + "} = \\sqrt{" + i + "} + \\alpha^" + (i % 10)
                    + (i % 7 == 0 ? " + \\undefined" : ""), i % 3 == 0));
        }
        try (NodeKatexRenderer sequential = renderer(node, graalJs);
             NodeKatexRenderer parallel = new NodeKatexRenderer(node, KatexRenderer.DEFAULT_TIME_LIMIT, 4,
                     MathEngineChoice.AUTO, () -> graalJs, notices::add)) {
            List<RenderedMath> expected = render(formulas, sequential);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<RenderedMath>> futures = new ArrayList<>();
                for (Formula formula : formulas) {
                    futures.add(pool.submit(() -> formula.renderWith(parallel)));
                }
                List<RenderedMath> actual = new ArrayList<>();
                for (Future<RenderedMath> future : futures) {
                    actual.add(future.get());
                }
                assertEquals(expected, actual);
            } finally {
                pool.shutdown();
            }
            assertEquals(true, parallel.processesStarted() >= 1 && parallel.processesStarted() <= 4);
            assertEquals(parallel.processesStarted(), parallel.livePids().size());
            assertEquals(58, expected.stream().filter(m -> m.error().isPresent()).count());
        }
    }

    @Test
    void endsEveryProcessWhenClosed(MathRenderer graalJs) throws Exception {
        List<Long> pids;
        NodeKatexRenderer katex = renderer(node, graalJs);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RenderedMath>> both = List.of(pool.submit(() -> katex.render("a", false)),
                    pool.submit(() -> katex.render("b", false)));
            for (Future<RenderedMath> one : both) {
                one.get();
            }
            pids = katex.livePids();
        } finally {
            pool.shutdown();
            katex.close();
        }
        assertFalse(pids.isEmpty());
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid);
        }
        assertThrows(IllegalStateException.class, () -> katex.render("x", false));
    }

    @Test
    void aWorkerEndsByItselfWhenTheJvmsEndOfItsInputCloses() throws Exception {
        // What happens to every worker when the JVM dies without closing the renderer.
        Process worker = new ProcessBuilder(node.executable(), "-e", Resources.text("lectern/katex/node-worker.js"))
                .redirectErrorStream(true).start();
        worker.getOutputStream().close();
        assertTrue(worker.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, worker.exitValue());
    }

    @Test
    void fallsBackToGraalJsWhenNodeIsMissing(MathRenderer graalJs) {
        NodeCommand missing = new NodeCommand(temp.resolve("no-node").toString());
        try (NodeKatexRenderer katex = renderer(missing, graalJs)) {
            assertEquals(RenderedMath.ok(Resources.text("math/add-loss-inline.html")),
                    katex.render(KatexRendererTest.ADD_LOSS, false));
            assertEquals("graaljs", katex.engine());
            assertEquals(0, katex.processesStarted());
        }
        assertEquals(List.of("lectern: node is not usable (" + missing.executable() + " does not run: error=2, No such"
                + " file or directory); typesetting formulas with KaTeX 0.19.1 in GraalJS"), notices);
    }

    @Test
    void fallsBackToGraalJsWhenNodeIsTooOld(MathRenderer graalJs) throws IOException {
        NodeCommand old = NodeTests.script(temp, "node16",
                "read setup; echo '{\"ready\":true,\"node\":\"16.20.2\",\"katex\":\"0.19.1\"}'; cat > /dev/null");
        try (NodeKatexRenderer katex = renderer(old, graalJs)) {
            assertEquals(Optional.empty(), katex.render("x", false).error());
            assertEquals("graaljs", katex.engine());
        }
        assertEquals(List.of("lectern: node is not usable (" + old.executable() + " is Node 16.20.2, older than 18);"
                + " typesetting formulas with KaTeX 0.19.1 in GraalJS"), notices);
    }

    @Test
    void nodeChoiceFailsWithAClearMessageWhenNodeIsNotUsable(MathRenderer graalJs) throws IOException {
        NodeCommand broken = NodeTests.script(temp, "node-broken", "echo 'node: bad option' >&2; exit 9");
        try (NodeKatexRenderer katex = new NodeKatexRenderer(broken, KatexRenderer.DEFAULT_TIME_LIMIT, 2,
                MathEngineChoice.NODE, () -> graalJs, notices::add)) {
            String expected = "the node math engine is not usable: " + broken.executable() + " ended before it was"
                    + " ready, exit code 9: node: bad option (install Node 18 or later, set LECTERN_NODE, or choose"
                    + " the auto or graaljs math engine)";
            assertEquals(expected, assertThrows(MathEngineUnavailableException.class,
                    () -> katex.render("x", false)).getMessage());
            // and again, without trying node a second time
            assertEquals(expected, assertThrows(MathEngineUnavailableException.class,
                    () -> katex.render("y", false)).getMessage());
            assertEquals("none", katex.engine());
        }
        assertEquals(List.of(), notices);
    }

    /**
     * Node with a preloaded hook that kills the worker (exit code 7) when a request holds
     * {@code crash-always}, or holds {@code crash-once} and the hook has not crashed before.
     */
    private NodeCommand crashingNode() throws IOException {
        Path hook = temp.resolve("crash-hook.js");
        Path marker = temp.resolve("crashed-once");
        Files.writeString(hook, """
                const fs = require('fs');
                process.stdin.on('data', (chunk) => {
                  const text = String(chunk);
                  if (text.includes('crash-always') || text.includes('crash-once') && !fs.existsSync(%s)) {
                    fs.writeFileSync(%s, '');
                    process.stderr.write('crashed on purpose\\n');
                    process.exit(7);
                  }
                });
                """.formatted(jsString(marker), jsString(marker)));
        return NodeTests.script(temp, "crashing-node", "exec node --require '" + hook + "' \"$@\"");
    }

    private static String jsString(Path path) {
        return "'" + path.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static List<RenderedMath> render(List<Formula> formulas, MathRenderer math) {
        return formulas.stream().map(f -> f.renderWith(math)).toList();
    }
}
