package dev.lectern.bench.jit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.bench.corpus.CorpusGenerator;
import dev.lectern.bench.corpus.Formulas;
import dev.lectern.math.Formula;
import dev.lectern.math.KatexRenderer;
import dev.lectern.math.MathEngineChoice;
import dev.lectern.math.MathEngines;
import dev.lectern.math.MathRenderer;
import dev.lectern.math.RenderedMath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Engine;

/**
 * Cold formula throughput of the real {@link KatexRenderer} (one shared engine, one context per
 * thread), in one fresh JVM: how long until the first formula is out, when each mark of completed
 * formulas (every 500) is reached, and whether the HTML is the same on every runtime (its hash).
 * {@code bench/jit} runs it on each JVM and with and without the Graal compiler; see bench/README.md.
 *
 * <p>With {@code --math-stage auto|node|graaljs} it measures Lectern's whole math stage instead, as a
 * cold build runs it: {@link MathEngines#standard(Path, MathEngineChoice)} over a fresh, empty formula
 * cache (so every formula is typeset and written to the cache), the engine started by the first
 * formula. {@code bench/run} uses that for the engine rows of its table, with {@code --batch 5}: each
 * thread asks for five formulas at a time ({@link MathRenderer#renderAll}), as a build asks for a
 * lesson's formulas together (the synthetic lessons have five each).
 *
 * <pre>
 * java [JVM flags] -cp bench/target/benchmarks.jar dev.lectern.bench.jit.FormulaThroughput \
 *     (--formulas DIR/formulas.json | --lessons N) [--threads 2] [--batch 1] [--limit 5000] [--mark 500] \
 *     [--label L] [--math-stage auto|node|graaljs]
 * </pre>
 *
 * Prints one JSON line on stdout. Times are milliseconds since the JVM started (so JVM start-up is
 * included, as it is in a build), except {@code mainMs}, when {@code main} began.
 */
public final class FormulaThroughput {

    public static void main(String[] args) throws Exception {
        Path formulasFile = null;
        int lessons = 0;
        int threads = 2;
        int batch = 1;
        int limit = Integer.MAX_VALUE;
        int mark = 500;
        String label = "";
        MathEngineChoice stage = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--formulas" -> formulasFile = Path.of(args[i + 1]);
                case "--lessons" -> lessons = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--batch" -> batch = Integer.parseInt(args[i + 1]);
                case "--limit" -> limit = Integer.parseInt(args[i + 1]);
                case "--mark" -> mark = Integer.parseInt(args[i + 1]);
                case "--label" -> label = args[i + 1];
                case "--math-stage" -> stage = MathEngineChoice.parse(args[i + 1]);
                default -> usage("unknown argument " + args[i]);
            }
        }
        if ((formulasFile == null) == (lessons == 0) || args.length % 2 != 0) {
            usage("one of --formulas and --lessons is required");
        }
        List<Formula> formulas = formulasFile != null ? read(formulasFile, limit) : generate(lessons, limit);
        long mainMs = JvmClock.sinceStart();
        Map<String, Object> result = new FormulaThroughput().run(formulas, threads, batch, mark, stage);
        result.put("mainMs", mainMs);
        result.put("label", label);
        result.put("kind", "throughput");
        System.out.println(new ObjectMapper().writeValueAsString(result));
    }

    private Map<String, Object> run(List<Formula> formulas, int threads, int batch, int mark, MathEngineChoice stage)
            throws Exception {
        int n = formulas.size();
        String[] html = new String[n];
        long[] markMs = new long[(n + mark - 1) / mark];
        long[] firstMs = new long[threads];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Throwable> crashes = new ArrayList<>();
        Path cache = stage == null ? null : Files.createTempDirectory("lectern-formula-cache");
        long start = JvmClock.sinceStart();
        try (MathRenderer katex = stage == null
                ? new KatexRenderer(KatexRenderer.DEFAULT_TIME_LIMIT, threads)
                : MathEngines.standard(cache, stage)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                Thread thread = new Thread(() -> {
                    for (int i = next.getAndAdd(batch); i < n; i = next.getAndAdd(batch)) {
                        List<Formula> group = formulas.subList(i, Math.min(n, i + batch));
                        List<RenderedMath> outs = katex.renderAll(group); // one formula: render() underneath
                        for (int k = 0; k < outs.size(); k++) {
                            html[i + k] = outs.get(k).html();
                            if (outs.get(k).error().isPresent()) {
                                failed.incrementAndGet();
                            }
                        }
                        long now = JvmClock.sinceStart();
                        if (firstMs[worker] == 0) {
                            firstMs[worker] = now;
                        }
                        int count = done.addAndGet(outs.size());
                        for (int reached = (count - outs.size()) / mark + 1; reached * mark <= count; reached++) {
                            markMs[reached - 1] = now; // every mark this group went past
                        }
                        if (count == n) {
                            markMs[markMs.length - 1] = now;
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
        }
        long end = JvmClock.sinceStart();
        if (cache != null) {
            CorpusGenerator.deleteTree(cache);
        }
        if (!crashes.isEmpty()) {
            throw new IllegalStateException("a worker crashed", crashes.get(0));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("formulas", n);
        result.put("threads", threads);
        result.put("batch", batch);
        result.put("stage", stage == null ? "KatexRenderer" : "MathEngines.standard " + stage.name().toLowerCase());
        result.put("java", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        result.put("truffle", truffleRuntime());
        result.put("startMs", start);
        result.put("firstMs", firstMs);
        result.put("mark", mark);
        result.put("marksMs", markMs);
        result.put("endMs", end);
        result.put("failed", failed.get());
        result.put("htmlSha256", sha256(html));
        result.put("peakRssKiB", ProcStatus.kib("VmHWM"));
        return result;
    }

    /** "Interpreted" without the optimizing runtime; the compiler's name (e.g. "GraalVM CE") with it. */
    private static String truffleRuntime() {
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            return engine.getImplementationName();
        }
    }

    private static List<Formula> read(Path file, int limit) throws IOException {
        List<Formula> formulas = new ArrayList<>();
        for (JsonNode node : new ObjectMapper().readTree(Files.readString(file))) {
            if (formulas.size() == limit) {
                break;
            }
            formulas.add(new Formula(node.path("tex").asText(), node.path("display").asBoolean()));
        }
        return formulas;
    }

    /** The corpus generator's formulas of lessons 1..n, without writing the corpus (for runs past 5,000). */
    private static List<Formula> generate(int lessons, int limit) {
        Formulas shapes = new Formulas();
        List<Formula> formulas = new ArrayList<>();
        for (int n = 1; n <= lessons && formulas.size() < limit; n++) {
            for (Formulas.Formula f : shapes.forLesson(n)) {
                if (formulas.size() < limit) {
                    formulas.add(new Formula(f.tex(), f.display()));
                }
            }
        }
        return formulas;
    }

    private static String sha256(String[] html) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String h : html) {
            digest.update(h.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : digest.digest()) {
            hex.append(String.format("%02x", b));
        }
        return hex.substring(0, 16);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: FormulaThroughput (--formulas FILE | --lessons N) [--threads T] [--batch B] [--limit N] [--mark M] [--label L] [--math-stage auto|node|graaljs]");
        System.exit(2);
    }
}
