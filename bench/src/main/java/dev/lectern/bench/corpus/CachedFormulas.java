package dev.lectern.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.math.FormulaCache;
import dev.lectern.math.KatexRenderer;
import dev.lectern.math.RenderedMath;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How many formulas of a corpus's {@code formulas.json} a formula cache folder serves, asked through
 * a fresh {@link FormulaCache} as the next build would (so it counts entries that pass their checks,
 * whatever the cache's file layout). The benchmark scripts check a cold build with it.
 *
 * <p>On standard error it says what reading them cost in this fresh JVM (wall and CPU time, classes
 * loaded), and, given a third folder, what writing them there anew cost: the formula cache's own
 * share of a warm and of a cold build, without KaTeX.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.lectern.bench.corpus.CachedFormulas FORMULAS_JSON CACHE_DIR [COPY_DIR]
 * </pre>
 */
public final class CachedFormulas {

    private CachedFormulas() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: CachedFormulas <formulas.json> <cache folder> [<empty folder to copy them to>]");
            System.exit(2);
        }
        JsonNode formulas = new ObjectMapper().readTree(Files.readString(Path.of(args[0])));
        Cost reading = new Cost();
        FormulaCache cache = new FormulaCache(Path.of(args[1]), KatexRenderer.cacheIdentity());
        List<String> keys = new ArrayList<>();
        List<RenderedMath> served = new ArrayList<>();
        for (JsonNode formula : formulas) {
            String key = cache.key(formula.path("tex").asText(), formula.path("display").asBoolean());
            Optional<RenderedMath> math = cache.get(key);
            if (math.isPresent()) {
                keys.add(key);
                served.add(math.get());
            }
        }
        System.err.println("read " + served.size() + " formulas: " + reading);
        if (args.length == 3) {
            Cost writing = new Cost();
            FormulaCache copy = new FormulaCache(Path.of(args[2]), KatexRenderer.cacheIdentity());
            for (int i = 0; i < keys.size(); i++) {
                copy.put(keys.get(i), served.get(i));
            }
            System.err.println("wrote " + keys.size() + " formulas: " + writing);
        }
        System.out.println(served.size());
    }

    /** Wall and CPU time and classes loaded since it was made. */
    private static final class Cost {
        private final long wall = System.nanoTime();
        private final long cpu = cpu();
        private final long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        @Override
        public String toString() {
            return String.format("%d ms, %d ms CPU, %d classes loaded", (System.nanoTime() - wall) / 1_000_000,
                    (cpu() - cpu) / 1_000_000,
                    ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes);
        }
    }
}
