package dev.lectern.bench.jmh;

import dev.lectern.math.KatexRenderer;
import dev.lectern.math.RenderedMath;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the first formula of a cold build costs: a new renderer (engine, context, KaTeX loaded)
 * typesetting one formula, as the first thing a fresh JVM does, as in a CLI build. One shot per
 * fork, three forks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xss4m", "-Dpolyglot.engine.WarnInterpreterOnly=false"})
public class KatexStartupBenchmark {

    @Benchmark
    public RenderedMath firstFormula() {
        try (KatexRenderer katex = new KatexRenderer()) {
            return katex.render("\\sum_{i=1}^{N} x_i^{2}", true);
        }
    }
}
