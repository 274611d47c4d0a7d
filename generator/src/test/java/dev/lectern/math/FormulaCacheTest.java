package dev.lectern.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The formula cache on disk: shared by processes and threads, and never fatal or wrong when damaged. */
class FormulaCacheTest {

    private static final String IDENTITY = "fake 1";

    @TempDir
    Path dir;

    private final CountingRenderer delegate = new CountingRenderer();

    @Test
    void anEntryOneCachePutIsAHitForAnotherCacheOnTheSameFolderAsForAnotherProcess() {
        FormulaCache writer = new FormulaCache(dir, IDENTITY);
        writer.put(writer.key("x^2", true), ok("x^2"));
        writer.put(writer.key("\\bad", false), MathErrorBox.failed("\\bad", false, "KaTeX parse error: bad"));

        FormulaCache reader = new FormulaCache(dir, IDENTITY);
        assertEquals(Optional.of(ok("x^2")), reader.get(reader.key("x^2", true)));
        assertEquals(Optional.of(MathErrorBox.failed("\\bad", false, "KaTeX parse error: bad")),
                reader.get(reader.key("\\bad", false)));
        assertEquals(Optional.empty(), reader.get(reader.key("x^2", false)));
    }

    @Test
    void writesEachFormulaToAFileNamedByItsKeyInAFolderNamedByTheKeysFirstTwoDigits() throws IOException {
        FormulaCache cache = new FormulaCache(dir, IDENTITY);
        String key = cache.key("a+b", false);
        cache.put(key, ok("a+b"));
        assertEquals(List.of("formulas/" + key.substring(0, 2) + "/" + key), StoredFormulas.names(dir));
    }

    @Test
    void aFormulasKeyStaysTheSameFromReleaseToReleaseSoEveryCachedFormulaStillHits() {
        // SHA-256 of each field's UTF-8 length, a colon and its bytes: identity, mode, TeX.
        FormulaCache cache = new FormulaCache(dir, "katex 0.16.11 {\"x\":1} box 1");
        assertEquals("0bacc3069a7202c8c082194d9b6873f19ad38c3750aea96b7be2288bfee6d8bd",
                cache.key("x^2 \u2264 \u03b1", true));
    }

    @Test
    void threadsOfTwoCachesWritingTheSameAndDifferentKeysAtOnceLeaveEveryEntryWholeAndReadersSeeNothingElse()
            throws Exception {
        List<FormulaCache> caches = List.of(new FormulaCache(dir, IDENTITY), new FormulaCache(dir, IDENTITY));
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            FormulaCache cache = caches.get(thread % 2);
            String own = "t" + thread + "_";
            tasks.add(() -> {
                for (int i = 0; i < 100; i++) {
                    cache.put(cache.key("shared_" + i, false), ok("shared_" + i));
                    cache.put(cache.key(own + i, false), ok(own + i));
                }
                return 0;
            });
        }
        tasks.add(() -> { // a third process reading while they write: an entry is whole or absent
            int seen = 0;
            while (writing.get()) {
                for (int i = 0; i < 100; i += 7) {
                    FormulaCache fresh = new FormulaCache(dir, IDENTITY);
                    Optional<RenderedMath> read = fresh.get(fresh.key("shared_" + i, false));
                    assertTrue(read.isEmpty() || read.get().equals(ok("shared_" + i)), read::toString);
                    seen += read.isPresent() ? 1 : 0;
                }
            }
            return seen;
        });
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Integer>> running = tasks.stream().map(threads::submit).toList();
            for (Future<Integer> writer : running.subList(0, 4)) {
                writer.get();
            }
            writing.set(false);
            running.get(4).get();
        } finally {
            threads.shutdownNow();
        }

        Map<String, RenderedMath> expected = new TreeMap<>();
        FormulaCache fresh = new FormulaCache(dir, IDENTITY);
        for (int i = 0; i < 100; i++) {
            for (String tex : List.of("shared_" + i, "t0_" + i, "t1_" + i, "t2_" + i, "t3_" + i)) {
                expected.put(fresh.key(tex, false), ok(tex));
            }
        }
        assertEquals(expected, StoredFormulas.entries(dir));
        assertEquals(500, StoredFormulas.names(dir).size()); // no temporary file left behind
    }

    /** Ways an entry's file goes wrong: a crash, a full disk, a bad copy, a bit flipped on disk. */
    enum Damage {
        EMPTY, CUT_SHORT, NOT_AN_ENTRY, FLIPPED_BYTE, ANOTHER_KEYS_ENTRY, A_FOLDER;

        void applyTo(Path entry, Path otherEntry) throws IOException {
            byte[] bytes = Files.readAllBytes(entry);
            switch (this) {
                case EMPTY -> Files.write(entry, new byte[0]);
                case CUT_SHORT -> Files.write(entry, Arrays.copyOf(bytes, bytes.length - 5));
                case NOT_AN_ENTRY -> Files.writeString(entry, "<span>wrong</span>");
                case FLIPPED_BYTE -> {
                    bytes[bytes.length / 2] ^= 0x10;
                    Files.write(entry, bytes);
                }
                case ANOTHER_KEYS_ENTRY -> Files.copy(otherEntry, entry, StandardCopyOption.REPLACE_EXISTING);
                case A_FOLDER -> {
                    Files.delete(entry);
                    Files.createDirectories(entry.resolve("unreadable"));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedEntryIsAMissThatIsTypesetAgainAndReplacedNeverServed(Damage damage) throws IOException {
        FormulaCache first = new FormulaCache(dir, IDENTITY);
        first.put(first.key("a+b", false), ok("a+b"));
        first.put(first.key("c", false), ok("c"));
        damage.applyTo(first.entry(first.key("a+b", false)), first.entry(first.key("c", false)));

        FormulaCache next = new FormulaCache(dir, IDENTITY);
        assertEquals(Optional.empty(), next.get(next.key("a+b", false)));
        assertEquals(ok("a+b"), new CachingMathRenderer(new FormulaCache(dir, IDENTITY), delegate).render("a+b", false));
        assertEquals(List.of("inline a+b"), delegate.calls);

        FormulaCache after = new FormulaCache(dir, IDENTITY);
        Optional<RenderedMath> expected = damage == Damage.A_FOLDER ? Optional.empty() : Optional.of(ok("a+b"));
        assertEquals(expected, after.get(after.key("a+b", false))); // a folder in the way stays: a miss each time
        assertEquals(Optional.of(ok("c")), after.get(after.key("c", false)));
    }

    @Test
    void aFileWhereTheCacheFolderOrOneOfItsFoldersBelongsIsReplacedByTheFolder() throws IOException {
        FormulaCache cache = new FormulaCache(dir, IDENTITY);
        String key = cache.key("x", false);
        Files.writeString(dir.resolve("formulas"), "not a folder");
        new CachingMathRenderer(cache, delegate).render("x", false);
        Files.delete(cache.entry(key));
        Files.delete(cache.entry(key).getParent());
        Files.writeString(cache.entry(key).getParent(), "not a folder either");
        new CachingMathRenderer(new FormulaCache(dir, IDENTITY), delegate).render("x", false);

        assertEquals(List.of("inline x", "inline x"), delegate.calls);
        assertEquals(List.of("formulas/" + key.substring(0, 2) + "/" + key), StoredFormulas.names(dir));
        FormulaCache fresh = new FormulaCache(dir, IDENTITY);
        assertEquals(Optional.of(ok("x")), fresh.get(key));
    }

    @Test
    void anUnwritableCacheFolderStillTypesetsEveryFormula() throws IOException {
        Path underAFile = Files.writeString(dir.resolve("file"), "x").resolve("cache");
        CachingMathRenderer math = new CachingMathRenderer(new FormulaCache(underAFile, IDENTITY), delegate);
        assertEquals(List.of(ok("x"), ok("y"), ok("x")),
                List.of(math.render("x", false), math.render("y", false), math.render("x", false)));
        assertEquals(List.of("inline x", "inline y"), delegate.calls); // the second x from memory
        FormulaCache nextBuild = new FormulaCache(underAFile, IDENTITY);
        assertEquals(Optional.empty(), nextBuild.get(nextBuild.key("x", false)));
    }

    @Test
    void aChangedKatexIdentityMisses() {
        String current = KatexRenderer.cacheIdentity();
        FormulaCache before = new FormulaCache(dir, current);
        before.put(before.key("x", false), ok("x"));

        for (String changed : List.of(current.replace("katex 0.", "katex 9."), current.replace("error-box-2", "error-box-3"),
                current.replace("\"throwOnError\"", "\"strict\":true,\"throwOnError\""))) {
            assertNotEquals(current, changed);
            FormulaCache after = new FormulaCache(dir, changed);
            assertEquals(Optional.empty(), after.get(after.key("x", false)), changed);
        }
        FormulaCache same = new FormulaCache(dir, current);
        assertEquals(Optional.of(ok("x")), same.get(same.key("x", false)));
    }

    @Test
    void keepsATimedOutFormulaOutOfTheDiskCache() throws IOException {
        MathRenderer slow = (tex, display) -> MathErrorBox.timedOut(tex, display, Duration.ofMillis(5));
        FormulaCache cache = new FormulaCache(dir, IDENTITY);
        RenderedMath stopped = new CachingMathRenderer(cache, slow).render("x", false);
        assertEquals(Optional.of("formula passed the time limit of 5 ms and was stopped"), stopped.error());
        assertEquals(Optional.of(stopped), cache.get(cache.key("x", false))); // in memory for this build
        assertEquals(Optional.empty(), new FormulaCache(dir, IDENTITY).get(cache.key("x", false)));
        assertTrue(Files.notExists(dir.resolve("formulas")));
    }

    private static RenderedMath ok(String tex) {
        return RenderedMath.ok("<span>" + tex + "</span>");
    }
}
