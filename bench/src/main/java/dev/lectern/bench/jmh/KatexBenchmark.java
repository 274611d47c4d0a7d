package dev.lectern.bench.jmh;

import dev.lectern.bench.corpus.Formulas;
import dev.lectern.math.CachingMathRenderer;
import dev.lectern.math.FormulaCache;
import dev.lectern.math.KatexRenderer;
import dev.lectern.math.RenderedMath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * KaTeX formula throughput, one formula per operation, in microseconds:
 * <ul>
 *   <li>{@code uncached}: KaTeX in GraalJS on a TeX never seen before (the corpus formulas of an
 *       ever-increasing lesson number, the five shapes in turn), KaTeX already loaded;</li>
 *   <li>{@code cachedInMemory}: the formula cache's key hash and in-memory hit;</li>
 *   <li>{@code cachedOnDisk}: a hit read from the on-disk cache by a fresh cache object (what the
 *       next build pays per formula).</li>
 * </ul>
 * KaTeX's start-up (loading it into a context) is {@link KatexStartupBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m", "-Dpolyglot.engine.WarnInterpreterOnly=false"})
public class KatexBenchmark {

    private final Formulas formulas = new Formulas();
    private KatexRenderer katex;
    private Path cacheDir;
    private CachingMathRenderer cached;
    private List<Formulas.Formula> hot;
    private int lessonNumber = 1_000_000;
    private int next;

    @Setup
    public void setUp() throws IOException {
        katex = new KatexRenderer();
        cacheDir = Files.createTempDirectory("lectern-bench-cache-");
        cached = new CachingMathRenderer(new FormulaCache(cacheDir, KatexRenderer.cacheIdentity()), katex);
        hot = formulas.forLesson(1);
        hot.forEach(f -> cached.render(f.tex(), f.display())); // loads KaTeX and fills the cache
    }

    @TearDown
    public void tearDown() {
        katex.close();
        BenchInputs.delete(cacheDir);
    }

    @Benchmark
    public RenderedMath uncached() {
        int shape = next++ % 5;
        if (shape == 0) {
            lessonNumber++;
        }
        Formulas.Formula f = formulas.forLesson(lessonNumber).get(shape);
        return katex.render(f.tex(), f.display());
    }

    @Benchmark
    public RenderedMath cachedInMemory() {
        Formulas.Formula f = hot.get(next++ % hot.size());
        return cached.render(f.tex(), f.display());
    }

    /** A fresh cache object per invocation, so the hit is read from disk. */
    @State(Scope.Thread)
    public static class DiskCache {
        FormulaCache cache;

        @Setup(Level.Invocation)
        public void open(KatexBenchmark bench) {
            cache = new FormulaCache(bench.cacheDir, KatexRenderer.cacheIdentity());
        }
    }

    @Benchmark
    public RenderedMath cachedOnDisk(DiskCache disk) {
        Formulas.Formula f = hot.get(next++ % hot.size());
        return disk.cache.get(disk.cache.key(f.tex(), f.display())).orElseThrow();
    }
}
