package dev.lectern.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.SharedKatex;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedKatex.class)
class CachingMathRendererTest {

    private static final String IDENTITY = "fake 1";

    @TempDir
    Path dir;

    private final CountingRenderer delegate = new CountingRenderer();

    private CachingMathRenderer caching() {
        return new CachingMathRenderer(new FormulaCache(dir, IDENTITY), delegate);
    }

    @Test
    void rendersTheSameTexOnlyOnce() {
        CachingMathRenderer math = caching();
        RenderedMath first = math.render("x^2", false);
        RenderedMath second = math.render("x^2", false);
        assertEquals(List.of("inline x^2"), delegate.calls);
        assertEquals(first, second);
    }

    @Test
    void servesTheNextBuildFromDiskWithoutCallingTheRenderer() {
        caching().render("x^2", true);
        CountingRenderer nextBuild = new CountingRenderer();
        CachingMathRenderer math = new CachingMathRenderer(new FormulaCache(dir, IDENTITY), nextBuild);
        assertEquals(RenderedMath.ok("<span>x^2 (display)</span>"), math.render("x^2", true));
        assertEquals(List.of(), nextBuild.calls);
    }

    @Test
    void keepsInlineAndDisplayApart() {
        CachingMathRenderer math = caching();
        math.render("x", false);
        math.render("x", true);
        assertEquals(List.of("inline x", "display x"), delegate.calls);
    }

    @Test
    void cachesATexErrorWithItsMessage() {
        caching().render("\\bad", false);
        RenderedMath cached = new CachingMathRenderer(new FormulaCache(dir, IDENTITY), new CountingRenderer())
                .render("\\bad", false);
        assertEquals(Optional.of("KaTeX parse error: bad"), cached.error());
        assertEquals(List.of("inline \\bad"), delegate.calls);
    }

    @Test
    void closesItsDelegate() {
        caching().close();
        assertTrue(delegate.closed);
    }

    @Test
    void startsNoKatexContextWhenEveryFormulaIsCached(KatexRenderer shared) {
        List<String> formulas = List.of(KatexRendererTest.ADD_LOSS, "\\frac{a}{", "x_t = (1-t) x_0");
        CachingMathRenderer warm = new CachingMathRenderer(new FormulaCache(dir, KatexRenderer.cacheIdentity()),
                (t, d) -> shared.render(t, d, Duration.ofMinutes(1))); // a formula stopped early is not stored
        List<RenderedMath> typeset = formulas.stream().map(tex -> warm.render(tex, true)).toList();

        try (KatexRenderer fresh = new KatexRenderer();
             CachingMathRenderer math = new CachingMathRenderer(new FormulaCache(dir, KatexRenderer.cacheIdentity()), fresh)) {
            assertEquals(typeset, formulas.stream().map(tex -> math.render(tex, true)).toList());
            assertEquals(0, fresh.contextsCreated());
        }
    }

    @Test
    void standardEngineServesACachedFormulaWithoutJavaScript() {
        FormulaCache cache = new FormulaCache(dir, KatexRenderer.cacheIdentity());
        cache.put(cache.key("x", false), RenderedMath.ok("<span class=\"katex\">x</span>"));
        try (CachingMathRenderer math = CachingMathRenderer.standard(dir)) {
            // KaTeX would have typeset more than this: the planted entry was served
            assertEquals(RenderedMath.ok("<span class=\"katex\">x</span>"), math.render("x", false));
        }
    }
}
