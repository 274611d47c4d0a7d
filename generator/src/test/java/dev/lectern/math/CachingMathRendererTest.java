package dev.lectern.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
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
    void keepsATimedOutFormulaOutOfTheDiskCache() throws IOException {
        MathRenderer slow = (tex, display) -> MathErrorBox.timedOut(tex, display, Duration.ofMillis(5));
        FormulaCache cache = new FormulaCache(dir, IDENTITY);
        RenderedMath stopped = new CachingMathRenderer(cache, slow).render("x", false);
        cache.close();
        assertEquals(Optional.of("formula passed the time limit of 5 ms and was stopped"), stopped.error());
        assertEquals(List.of(), StoredFormulas.names(dir));
        assertEquals(Optional.empty(), new FormulaCache(dir, IDENTITY).get(cache.key("x", false)));
    }

    @Test
    void writesEachFormulaAsOneRecordWithAChecksummedHeaderInAPackOfItsOwn() throws IOException {
        String key;
        try (FormulaCache cache = new FormulaCache(dir, IDENTITY, "alpha", false)) {
            new CachingMathRenderer(cache, delegate).render("a+b", false);
            key = cache.key("a+b", false);
        }
        assertEquals(List.of("formulas/alpha-*.pack"), StoredFormulas.names(dir)); // its lock file gone once closed
        byte[] body = "{\"html\":\"<span>a+b</span>\",\"error\":null}".getBytes(StandardCharsets.UTF_8);
        ByteBuffer record = ByteBuffer.allocate(77 + body.length).put("LFPK".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 1).put(HexFormat.of().parseHex(key)).putInt(body.length).put(sha256(body));
        CRC32C crc = new CRC32C();
        crc.update(record.array(), 0, 73);
        record.putInt((int) crc.getValue()).put(body);
        assertArrayEquals(record.array(), Files.readAllBytes(StoredFormulas.onlyPack(dir)));
    }

    @Test
    void aPackCutInsideARecordServesTheRecordsBeforeTheCutAndTypesetsTheCutOneAgain() throws IOException {
        Path pack = packOfAThenB();
        byte[] bytes = Files.readAllBytes(pack);
        Files.write(pack, Arrays.copyOf(bytes, bytes.length - 5)); // b's body loses its end

        assertEquals(new CacheStats(1, 1, 1, 0), askForAThenB("beta"));
        assertEquals(List.of("inline a", "inline b", "inline b"), delegate.calls);
        // b typeset again is in beta's pack, newer than the cut record, so the next run serves both
        assertEquals(new CacheStats(2, 0, 0, 0), askForAThenB("gamma"));
    }

    @Test
    void aPackCutInsideAHeaderServesTheRecordsBeforeIt() throws IOException {
        Path pack = packOfAThenB();
        byte[] bytes = Files.readAllBytes(pack);
        int secondRecord = bytes.length / 2; // both records are the same length
        Files.write(pack, Arrays.copyOf(bytes, secondRecord + 40));

        assertEquals(new CacheStats(1, 1, 0, 0), askForAThenB("beta")); // b's key was never read: a plain miss
        assertEquals(List.of("inline a", "inline b", "inline b"), delegate.calls);
    }

    @Test
    void aFlippedByteInABodyIsCountedAndTypesetAgainNeverServed() throws IOException {
        try (CachingMathRenderer first = caching("alpha")) {
            first.render("a+b", false);
        }
        Path pack = StoredFormulas.onlyPack(dir);
        Files.writeString(pack, Files.readString(pack, StandardCharsets.ISO_8859_1).replace("a+b</span>", "a-b</span>"),
                StandardCharsets.ISO_8859_1);

        try (CachingMathRenderer math = caching("beta")) {
            assertEquals(RenderedMath.ok("<span>a+b</span>"), math.render("a+b", false));
            assertEquals(new CacheStats(0, 1, 1, 0), math.stats());
        }
        assertEquals(List.of("inline a+b", "inline a+b"), delegate.calls);
    }

    @Test
    void aFlippedByteInAHeaderHidesThatRecordButNotTheOnesAfterIt() throws IOException {
        Path pack = packOfAThenB();
        byte[] bytes = Files.readAllBytes(pack);
        bytes[40] ^= 0x10; // the first record's body length
        Files.write(pack, bytes);

        assertEquals(new CacheStats(1, 1, 0, 0), askForAThenB("beta"));
        assertEquals(List.of("inline a", "inline b", "inline a"), delegate.calls);
    }

    @Test
    void packsThatAreEmptyOrNotPacksAreMisses() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("formulas")).resolve("junk-0000000000000000.pack");
        byte[] magicThenZeros = Arrays.copyOf("LFPK".getBytes(StandardCharsets.US_ASCII), 200);
        for (byte[] junk : List.of(new byte[0], "not a pack".getBytes(StandardCharsets.US_ASCII), magicThenZeros)) {
            Files.write(pack, junk);
            try (CachingMathRenderer math = caching("beta")) {
                assertEquals(RenderedMath.ok("<span>y (display)</span>"), math.render("y", true));
                assertEquals(new CacheStats(0, 1, 0, 0), math.stats());
            }
            Files.delete(StoredFormulas.onlyPackOf(dir, "beta"));
        }
        assertEquals(3, delegate.calls.size());
    }

    @Test
    void twoCachesWritingAtOnceEachAppendToTheirOwnPackAndAThirdServesEveryEntry() throws Exception {
        List<Thread> writers = new ArrayList<>();
        for (String owner : List.of("alpha", "beta")) {
            writers.add(new Thread(() -> {
                try (CachingMathRenderer math = new CachingMathRenderer(
                        FormulaCache.writingBehind(dir, IDENTITY, owner), new CountingRenderer())) {
                    for (int i = 0; i < 200; i++) {
                        math.render(owner + "_" + i, false);
                    }
                }
            }));
        }
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }
        assertEquals(List.of("formulas/alpha-*.pack", "formulas/beta-*.pack"), StoredFormulas.names(dir));

        try (CachingMathRenderer third = caching("gamma")) {
            for (int i = 0; i < 200; i++) {
                assertEquals(RenderedMath.ok("<span>alpha_" + i + "</span>"), third.render("alpha_" + i, false));
                assertEquals(RenderedMath.ok("<span>beta_" + i + "</span>"), third.render("beta_" + i, false));
            }
            assertEquals(new CacheStats(400, 0, 0, 0), third.stats());
        }
        assertEquals(List.of(), delegate.calls);
    }

    @Test
    void compactionMergesTheFinishedPacksOnceThereAreMoreThanEightKeepingEveryEntryOnce() throws IOException {
        for (int run = 1; run <= 8; run++) { // eight runs that each typeset x_run, and the same "shared"
            try (FormulaCache cache = new FormulaCache(dir, IDENTITY, "run" + run, false)) {
                put(cache, "x_" + run);
                put(cache, "shared");
            }
        }
        try (FormulaCache crashed = new FormulaCache(dir, IDENTITY, "crashed", false)) {
            put(crashed, "x_9");
        }
        Path crashedPack = StoredFormulas.onlyPackOf(dir, "crashed");
        Files.writeString(new PackFolder(dir.resolve("formulas"), "test").lockOf(crashedPack), ""); // held by nobody
        FormulaCache live = new FormulaCache(dir, IDENTITY, "live", false);
        put(live, "y"); // a pack still being written, its lock held

        FormulaCache early = new FormulaCache(dir, IDENTITY, "early", false);
        assertEquals(Optional.of(ok("x_1")), early.get(early.key("x_1", false))); // indexes 10 packs, then compacts

        assertEquals(List.of("formulas/live-*.lock", "formulas/live-*.pack", "formulas/merged-*.pack"),
                StoredFormulas.names(dir));
        List<String> merged = new ArrayList<>();
        for (String tex : List.of("x_1", "x_2", "x_3", "x_4", "x_5", "x_6", "x_7", "x_8", "x_9", "shared", "y")) {
            merged.add(early.key(tex, false) + " {\"html\":\"<span>" + tex + "</span>\",\"error\":null}");
        }
        Collections.sort(merged);
        List<String> stored = new ArrayList<>(StoredFormulas.records(dir));
        Collections.sort(stored);
        assertEquals(merged, stored); // y once, from live's pack; shared once

        // the early cache indexed packs that are gone now: it still reads them through its open channels
        for (String tex : List.of("x_2", "x_9", "shared", "y")) {
            assertEquals(Optional.of(ok(tex)), early.get(early.key(tex, false)));
        }
        try (CachingMathRenderer late = caching("late")) {
            for (String tex : List.of("x_1", "x_8", "x_9", "shared", "y")) {
                late.render(tex, false);
            }
            assertEquals(new CacheStats(5, 0, 0, 0), late.stats());
        }
        early.close();
        live.close();
        assertEquals(List.of(), delegate.calls);
    }

    @Test
    void anIndexFindsOnAMissWhatAnotherProcessAppendedAfterItsScan() {
        FormulaCache other = new FormulaCache(dir, IDENTITY, "other", false);
        put(other, "x");
        PackIndex index = new PackIndex(new PackFolder(dir.resolve("formulas"), "self"), pack -> false,
                new java.util.concurrent.atomic.AtomicLong(), Duration.ZERO);
        assertEquals(1, index.scan());
        put(other, "y"); // appended to the pack already scanned
        put(new FormulaCache(dir, IDENTITY, "third", false), "z"); // in a new pack

        assertEquals(List.of("{\"html\":\"<span>y</span>\",\"error\":null}",
                        "{\"html\":\"<span>z</span>\",\"error\":null}"),
                Stream.of("y", "z").map(tex -> new String(index.body(other.key(tex, false)).orElseThrow(),
                        StandardCharsets.UTF_8)).toList());
        index.close();
        other.close();
    }

    @Test
    void theFirstWriteDeletesTheEntriesOfTheOneFilePerFormulaFormat() throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("ab")).resolve("ab01.formula"), "lectern-formula 1 ...");
        Files.writeString(Files.createDirectories(dir.resolve("cd")).resolve("notes.txt"), "not ours");
        Files.writeString(Files.createDirectories(dir.resolve("builds")).resolve("state.json"), "{}");
        try (CachingMathRenderer math = caching("alpha")) {
            math.render("x", false);
        }
        assertEquals(List.of("builds/state.json", "cd/notes.txt", "formulas/alpha-*.pack"), StoredFormulas.names(dir));
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
        FormulaCache behind = FormulaCache.writingBehind(dir, IDENTITY, "alpha");
        CachingMathRenderer math = new CachingMathRenderer(behind, delegate);
        for (int i = 0; i < 50; i++) {
            math.render("x_" + i, i % 2 == 0);
        }
        assertEquals(RenderedMath.ok("<span>x_3</span>"), math.render("x_3", false)); // from memory, written or not
        math.close();

        assertEquals(List.of("formulas/alpha-*.pack"), StoredFormulas.names(dir));
        assertEquals(50, StoredFormulas.records(dir).size());
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

    private CachingMathRenderer caching(String owner) {
        return new CachingMathRenderer(new FormulaCache(dir, IDENTITY, owner, false), delegate);
    }

    /** A run (owner alpha) that typesets a, then b; returns its pack. */
    private Path packOfAThenB() {
        askForAThenB("alpha");
        return StoredFormulas.onlyPack(dir);
    }

    /** A run of {@code owner} that asks for a, then b: what its cache did. */
    private CacheStats askForAThenB(String owner) {
        try (CachingMathRenderer math = caching(owner)) {
            assertEquals(List.of(RenderedMath.ok("<span>a</span>"), RenderedMath.ok("<span>b</span>")),
                    List.of(math.render("a", false), math.render("b", false)));
            return math.stats();
        }
    }

    private static void put(FormulaCache cache, String tex) {
        cache.put(cache.key(tex, false), ok(tex));
    }

    private static RenderedMath ok(String tex) {
        return RenderedMath.ok("<span>" + tex + "</span>");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
