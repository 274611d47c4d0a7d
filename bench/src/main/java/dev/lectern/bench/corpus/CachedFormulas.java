package dev.lectern.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.math.FormulaCache;
import dev.lectern.math.KatexRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many formulas of a corpus's {@code formulas.json} a formula cache folder serves, asked through
 * a fresh {@link FormulaCache} as the next build would (so it counts entries that pass their checks,
 * whatever the cache's file layout). The benchmark scripts check a cold build with it.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.lectern.bench.corpus.CachedFormulas FORMULAS_JSON CACHE_DIR
 * </pre>
 */
public final class CachedFormulas {

    private CachedFormulas() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CachedFormulas <formulas.json> <cache folder>");
            System.exit(2);
        }
        int served = 0;
        try (FormulaCache cache = new FormulaCache(Path.of(args[1]), KatexRenderer.cacheIdentity())) {
            for (JsonNode formula : new ObjectMapper().readTree(Files.readString(Path.of(args[0])))) {
                String key = cache.key(formula.path("tex").asText(), formula.path("display").asBoolean());
                if (cache.get(key).isPresent()) {
                    served++;
                }
            }
        }
        System.out.println(served);
    }
}
