package dev.lectern.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
        assertEquals(new CacheStats(1, 1, 0, 0), math.stats());
    }

    @Test
    void servesTheNextBuildFromDiskWithoutCallingTheRenderer() {
        caching().render("x^2", true);
        CountingRenderer nextBuild = new CountingRenderer();
        CachingMathRenderer math = new CachingMathRenderer(new FormulaCache(dir, IDENTITY), nextBuild);
        assertEquals(RenderedMath.ok("<span>x^2 (display)</span>"), math.render("x^2", true));
        assertEquals(List.of(), nextBuild.calls);
        assertEquals("1 formulas, 1 from cache", math.stats().summary());
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
    void keepsATimedOutFormulaOutOfTheDiskCache() {
        MathRenderer slow = (tex, display) -> MathErrorBox.timedOut(tex, display, Duration.ofMillis(5));
        FormulaCache cache = new FormulaCache(dir, IDENTITY);
        RenderedMath stopped = new CachingMathRenderer(cache, slow).render("x", false);
        assertEquals(Optional.of("formula passed the time limit of 5 ms and was stopped"), stopped.error());
        assertFalse(Files.exists(cache.entry(cache.key("x", false))));
    }

    @Test
    void writesOneEntryPerFormulaShardedByItsHashWithAnIntegrityHeader() throws IOException {
        FormulaCache cache = new FormulaCache(dir, IDENTITY);
        new CachingMathRenderer(cache, delegate).render("a+b", false);
        String key = cache.key("a+b", false);
        Path entry = dir.resolve(key.substring(0, 2)).resolve(key + ".formula");
        assertEquals(List.of(entry), files());
        String body = "{\"html\":\"<span>a+b</span>\",\"error\":null}";
        assertEquals("lectern-formula 1 " + sha256(body) + " " + body.length() + "\n" + body, Files.readString(entry));
    }

    @Test
    void rendersAgainWhenAnEntryIsTruncated() throws IOException {
        FormulaCache cache = new FormulaCache(dir, IDENTITY);
        new CachingMathRenderer(cache, delegate).render("a+b", false);
        Path entry = cache.entry(cache.key("a+b", false));
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 5));

        CachingMathRenderer math = caching();
        assertEquals(RenderedMath.ok("<span>a+b</span>"), math.render("a+b", false));
        assertEquals(List.of("inline a+b", "inline a+b"), delegate.calls);
        assertEquals(new CacheStats(0, 1, 1, 0), math.stats());
        assertEquals(bytes.length, Files.size(entry)); // rewritten whole
    }

    @Test
    void rendersAgainWhenAnEntryIsGarbledButKeepsItsLength() throws IOException {
        FormulaCache cache = new FormulaCache(dir, IDENTITY);
        new CachingMathRenderer(cache, delegate).render("a+b", false);
        Path entry = cache.entry(cache.key("a+b", false));
        String text = Files.readString(entry);
        Files.writeString(entry, text.replace("a+b</span>", "a-b</span>"));

        assertEquals(RenderedMath.ok("<span>a+b</span>"), caching().render("a+b", false));
        assertEquals(2, delegate.calls.size());
    }

    @Test
    void rendersAgainWhenAnEntryIsEmptyOrNotAnEntry() throws IOException {
        FormulaCache cache = new FormulaCache(dir, IDENTITY);
        Path entry = cache.entry(cache.key("y", true));
        Files.createDirectories(entry.getParent());
        for (String junk : List.of("", "lectern-formula 1 00 2\n{}", "not a cache entry")) {
            Files.writeString(entry, junk);
            assertEquals(RenderedMath.ok("<span>y (display)</span>"), caching().render("y", true));
        }
        assertEquals(3, delegate.calls.size());
    }

    @Test
    void missesWhenTheRendererIdentityChanges() {
        caching().render("x", false);
        new CachingMathRenderer(new FormulaCache(dir, "fake 2"), delegate).render("x", false);
        assertEquals(2, delegate.calls.size());
        assertNotEquals(new FormulaCache(dir, "a").key("x", false), new FormulaCache(dir, "b").key("x", false));
    }

    @Test
    void keepsRenderingWhenTheCacheCannotBeWritten() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        CachingMathRenderer math = new CachingMathRenderer(new FormulaCache(notADirectory, IDENTITY), delegate);
        assertEquals(RenderedMath.ok("<span>x</span>"), math.render("x", false));
        assertEquals(new CacheStats(0, 1, 0, 1), math.stats());
    }

    @Test
    void writingBehindHasEveryEntryOnDiskOnceClosedAndServesThemAtOnce() throws IOException {
        FormulaCache behind = FormulaCache.writingBehind(dir, IDENTITY);
        CachingMathRenderer math = new CachingMathRenderer(behind, delegate);
        for (int i = 0; i < 50; i++) {
            math.render("x_" + i, i % 2 == 0);
        }
        assertEquals(RenderedMath.ok("<span>x_3</span>"), math.render("x_3", false)); // from memory, written or not
        math.close();

        assertEquals(50, files().size());
        CachingMathRenderer nextBuild = new CachingMathRenderer(new FormulaCache(dir, IDENTITY), new CountingRenderer());
        assertEquals(RenderedMath.ok("<span>x_48 (display)</span>"), nextBuild.render("x_48", true));
        assertEquals(new CacheStats(1, 0, 0, 0), nextBuild.stats());
        assertTrue(delegate.closed);
    }

    @Test
    void writingBehindCountsAWriteThatFailedInItsStats() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        try (CachingMathRenderer math = new CachingMathRenderer(FormulaCache.writingBehind(notADirectory, IDENTITY),
                delegate)) {
            assertEquals(RenderedMath.ok("<span>x</span>"), math.render("x", false));
            assertEquals(new CacheStats(0, 1, 0, 1), math.stats());
        }
    }

    @Test
    void closesItsDelegate() {
        caching().close();
        assertTrue(delegate.closed);
    }

    @Test
    void startsNoKatexContextWhenEveryFormulaIsCached(KatexRenderer shared) {
        List<String> formulas = List.of(KatexRendererTest.ADD_LOSS, "\\frac{a}{", "x_t = (1-t) x_0");
        FormulaCache warm = new FormulaCache(dir, KatexRenderer.cacheIdentity());
        List<RenderedMath> typeset = formulas.stream()
                .map(tex -> new CachingMathRenderer(warm, (t, d) -> shared.render(t, d)).render(tex, true)).toList();

        try (KatexRenderer fresh = new KatexRenderer();
             CachingMathRenderer math = new CachingMathRenderer(new FormulaCache(dir, KatexRenderer.cacheIdentity()), fresh)) {
            assertEquals(typeset, formulas.stream().map(tex -> math.render(tex, true)).toList());
            assertEquals(0, fresh.contextsCreated());
            assertEquals(new CacheStats(3, 0, 0, 0), math.stats());
        }
    }

    @Test
    void standardEngineServesACachedFormulaWithoutJavaScript() {
        FormulaCache cache = new FormulaCache(dir, KatexRenderer.cacheIdentity());
        cache.put(cache.key("x", false), RenderedMath.ok("<span class=\"katex\">x</span>"));
        try (CachingMathRenderer math = MathEngines.standard(dir)) {
            assertEquals(RenderedMath.ok("<span class=\"katex\">x</span>"), math.render("x", false));
            assertEquals(new CacheStats(1, 0, 0, 0), math.stats());
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
