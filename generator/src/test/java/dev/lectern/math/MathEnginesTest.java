package dev.lectern.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Which engine the math stage typesets with, and that the choice never changes what the cache holds. */
@ExtendWith(SharedKatex.class)
class MathEnginesTest {

    static final List<Formula> FORMULAS = List.of(new Formula(KatexRendererTest.ADD_LOSS, true),
            new Formula("x_t = (1 - t) \\, x_0 + t \\, \\epsilon", false), new Formula("\\frac{a}{", true),
            new Formula(KatexRendererTest.macroBomb(), false));

    /** A GraalJS that must not be needed. */
    static final Supplier<MathRenderer> NO_GRAALJS = () -> {
        throw new AssertionError("GraalJS was started");
    };

    @TempDir
    Path temp;

    private final List<String> notices = new CopyOnWriteArrayList<>();

    @Test
    void autoTypesetsWithGraalJsWhenLecternNodeNamesAMissingFile(MathRenderer graalJs) {
        String missing = temp.resolve("bin/node").toString();
        NodeCommand node = NodeCommand.from(Map.of("LECTERN_NODE", missing, "PATH", "/usr/bin:/bin"));
        try (CachingMathRenderer math = MathEngines.standard(temp.resolve("cache"), MathEngineChoice.AUTO, node,
                () -> graalJs, notices::add)) {
            assertEquals(render(graalJs), render(math));
        }
        assertEquals(List.of("lectern: node is not usable (" + missing + " does not run: error=2, No such file or"
                + " directory); typesetting formulas with KaTeX 0.19.1 in GraalJS"), notices);
    }

    @Test
    void aBuildWhoseFormulasAreAllCachedStartsNoNode(MathRenderer graalJs) throws IOException {
        NodeTests.nodeOrSkip();
        Path cache = temp.resolve("cache");
        List<RenderedMath> typeset;
        try (CachingMathRenderer first = new CachingMathRenderer(new FormulaCache(cache, KatexRenderer.cacheIdentity()),
                graalJs)) {
            typeset = render(first);
        }
        Path ran = temp.resolve("node-ran");
        NodeCommand recording = NodeTests.script(temp, "recording-node", "echo run >> '" + ran + "'; exec node \"$@\"");

        try (CachingMathRenderer math = MathEngines.standard(cache, MathEngineChoice.AUTO, recording, NO_GRAALJS,
                notices::add)) {
            assertEquals(typeset, render(math));
            assertFalse(Files.exists(ran));
            assertEquals(List.of(), notices);

            math.render("y^2", false); // a miss: now node runs, through the recording script
            assertEquals("run\n", Files.readString(ran));
            assertEquals(1, notices.size());
        }
    }

    @Test
    void anUnchangedRebuildOfTheSeedStartsNoEngine() throws IOException {
        List<Formula> formulas = BuildFormulas.of(Repo.content());
        Path cache = temp.resolve("cache");
        List<RenderedMath> built;
        try (CachingMathRenderer build = MathEngines.standard(cache, MathEngineChoice.GRAALJS, new NodeCommand("node"),
                CountingRenderer::new, notices::add)) {
            built = formulas.stream().map(f -> f.renderWith(build)).toList();
        }
        Path ran = temp.resolve("node-ran");
        NodeCommand recording = NodeTests.script(temp, "recording-node", "echo run >> '" + ran + "'; exit 1");
        notices.clear();

        try (CachingMathRenderer rebuild = MathEngines.standard(cache, MathEngineChoice.AUTO, recording, NO_GRAALJS,
                notices::add)) {
            assertEquals(built, formulas.stream().map(f -> f.renderWith(rebuild)).toList());
        }
        assertFalse(Files.exists(ran));
        assertEquals(List.of(), notices);
    }

    @Test
    void nodeAndGraalJsWriteTheSameCacheEntries(MathRenderer graalJs) throws IOException {
        NodeCommand node = NodeTests.nodeOrSkip();
        Path byNode = temp.resolve("node-cache");
        Path byGraalJs = temp.resolve("graaljs-cache");
        try (CachingMathRenderer math = MathEngines.standard(byNode, MathEngineChoice.NODE, node, NO_GRAALJS,
                notices::add)) {
            render(math);
        }
        try (CachingMathRenderer math = MathEngines.standard(byGraalJs, MathEngineChoice.GRAALJS, node,
                () -> graalJs, notices::add)) {
            render(math);
        }
        Map<String, RenderedMath> entries = StoredFormulas.entries(byNode);
        assertEquals(4, entries.size());
        assertEquals(entries, StoredFormulas.entries(byGraalJs));

        // so the engine is not part of the key: a GraalJS build serves what Node typeset, and typesets nothing
        MathRenderer refusing = (tex, display) -> {
            throw new AssertionError("typeset " + tex);
        };
        try (CachingMathRenderer math = MathEngines.standard(byNode, MathEngineChoice.GRAALJS, node, () -> refusing,
                notices::add)) {
            assertEquals(render(graalJs), render(math));
        }
        assertEquals(List.of("lectern: typesetting formulas with KaTeX 0.19.1 in Node " + NodeTests.version().substring(1)
                        + " (node, up to " + Math.min(4, Runtime.getRuntime().availableProcessors()) + " processes)",
                "lectern: typesetting formulas with KaTeX 0.19.1 in GraalJS"), notices);
    }

    @Test
    void graalJsChoiceNeverRunsNode(MathRenderer graalJs) throws IOException {
        Path ran = temp.resolve("node-ran");
        NodeCommand recording = NodeTests.script(temp, "recording-node", "echo run >> '" + ran + "'; exit 1");
        try (CachingMathRenderer math = MathEngines.standard(temp.resolve("cache"), MathEngineChoice.GRAALJS, recording,
                () -> graalJs, notices::add)) {
            assertEquals(render(graalJs), render(math));
        }
        assertFalse(Files.exists(ran));
        assertEquals(List.of("lectern: typesetting formulas with KaTeX 0.19.1 in GraalJS"), notices);
    }

    @Test
    void readsTheChoiceInAnyCaseAndRefusesOthers() {
        assertEquals(List.of(MathEngineChoice.AUTO, MathEngineChoice.NODE, MathEngineChoice.GRAALJS),
                Stream.of("auto", " Node ", "GraalJS").map(MathEngineChoice::parse).toList());
        assertEquals("unknown math engine 'v8': use auto, node or graaljs",
                assertThrows(IllegalArgumentException.class, () -> MathEngineChoice.parse("v8")).getMessage());
    }

    @Test
    void findsNodeThroughLecternNodeOrElseThePath() {
        assertEquals(new NodeCommand("/opt/node/bin/node"), NodeCommand.from(Map.of("LECTERN_NODE", "/opt/node/bin/node")));
        assertEquals(new NodeCommand("node"), NodeCommand.from(Map.of("LECTERN_NODE", " ")));
        assertEquals(new NodeCommand("node"), NodeCommand.from(Map.of()));
    }

    @Test
    void findsAnUnusableEngineUnderTheTemplateErrorsThatWrapIt() {
        MathEngineUnavailableException unavailable = new MathEngineUnavailableException("no node");
        RuntimeException wrapped = new IllegalStateException("template lesson.ftlh failed",
                new RuntimeException("method threw", unavailable));
        assertEquals(java.util.Optional.of(unavailable), MathEngineUnavailableException.in(wrapped));
        assertEquals(java.util.Optional.empty(), MathEngineUnavailableException.in(new IllegalStateException("bug")));
    }

    private static List<RenderedMath> render(MathRenderer math) {
        return FORMULAS.stream().map(f -> f.renderWith(math)).toList();
    }
}
