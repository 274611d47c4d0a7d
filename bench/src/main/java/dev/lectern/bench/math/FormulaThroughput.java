package dev.lectern.bench.math;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.bench.corpus.CorpusGenerator;
import dev.lectern.math.CachingMathRenderer;
import dev.lectern.math.Formula;
import dev.lectern.math.MathRenderer;
import dev.lectern.math.RenderedMath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cold formula throughput of Lectern's math stage as a cold build runs it: {@link CachingMathRenderer#standard}
 * (KaTeX in GraalJS) over a fresh, empty formula cache, so every formula is typeset and written to the
 * cache, from {@code --threads} threads (a build's render threads). {@code bench/run} sets it beside
 * Node's {@code katex.renderToString} on the same formulas ({@code bench/node/katex-throughput.js}).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.lectern.bench.math.FormulaThroughput --formulas DIR/formulas.json [--threads 2]
 * </pre>
 *
 * Prints one JSON line on stdout: {@code ms} from before the engine exists to the last formula written
 * (engine start-up included, JVM start not, as Node's figure has its KaTeX load but not its process
 * start), how many formulas failed, and a hash of all the HTML.
 */
public final class FormulaThroughput {

    public static void main(String[] args) throws Exception {
        Path formulasFile = null;
        int threads = 2;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--formulas" -> formulasFile = Path.of(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (formulasFile == null || args.length % 2 != 0) {
            usage("--formulas is required");
        }
        List<Formula> formulas = new ArrayList<>();
        for (JsonNode node : new ObjectMapper().readTree(Files.readString(formulasFile))) {
            formulas.add(new Formula(node.path("tex").asText(), node.path("display").asBoolean()));
        }
        System.out.println(new ObjectMapper().writeValueAsString(run(formulas, threads)));
    }

    private static Map<String, Object> run(List<Formula> formulas, int threads) throws Exception {
        int n = formulas.size();
        String[] html = new String[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Throwable> crashes = new ArrayList<>();
        Path cache = Files.createTempDirectory("lectern-formula-cache");
        long start = System.nanoTime();
        try (MathRenderer math = CachingMathRenderer.standard(cache)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread thread = new Thread(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        RenderedMath out = math.render(formulas.get(i).tex(), formulas.get(i).display());
                        html[i] = out.html();
                        if (out.error().isPresent()) {
                            failed.incrementAndGet();
                        }
                    }
                }, "formula-" + t);
                thread.setUncaughtExceptionHandler((th, e) -> {
                    synchronized (crashes) {
                        crashes.add(e);
                    }
                });
                workers.add(thread);
                thread.start();
            }
            for (Thread thread : workers) {
                thread.join();
            }
        } // closing the cache writes its last entries: part of the figure
        long ms = (System.nanoTime() - start) / 1_000_000;
        CorpusGenerator.deleteTree(cache);
        if (!crashes.isEmpty()) {
            throw new IllegalStateException("a worker crashed", crashes.get(0));
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String h : html) {
            digest.update(h.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("formulas", n);
        result.put("threads", threads);
        result.put("ms", ms);
        result.put("failed", failed.get());
        result.put("htmlSha256", HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        return result;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: FormulaThroughput --formulas FILE [--threads T]");
        System.exit(2);
    }
}
