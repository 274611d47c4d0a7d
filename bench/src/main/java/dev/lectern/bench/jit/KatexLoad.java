package dev.lectern.bench.jit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.math.KatexOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * What loading KaTeX costs, step by step, in one fresh JVM, the way {@code KatexRenderer} does it:
 * the shared engine, the first context evaluating {@code katex.min.js}, its first two formulas, and
 * a second context on the same engine (what each further thread pays). Prints one JSON line.
 *
 * <pre>
 * java [JVM flags] -cp bench/target/benchmarks.jar dev.lectern.bench.jit.KatexLoad [--label L]
 * </pre>
 */
public final class KatexLoad {

    private static final String FIRST = "\\sum_{i=1}^{N} x_i^{1}";
    private static final String SECOND = "\\frac{\\partial \\mathcal{L}_{1}}{\\partial \\theta} = \\frac{1}{B}";

    public static void main(String[] args) throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("label", args.length == 2 && args[0].equals("--label") ? args[1] : "");
        result.put("kind", "load");
        result.put("mainMs", JvmClock.sinceStart());
        String script = resource("lectern/katex/katex.min.js");
        long t = System.nanoTime();
        try (Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            t = lap(result, "engineMs", t);
            Source katex = Source.newBuilder("js", script, "katex.min.js").cached(true).build();
            try (Context first = Context.newBuilder("js").engine(engine).build()) {
                first.eval(katex);
                t = lap(result, "loadMs", t);
                Value render = renderer(first);
                render.execute(FIRST);
                t = lap(result, "firstFormulaMs", t);
                render.execute(SECOND);
                t = lap(result, "secondFormulaMs", t);
                try (Context second = Context.newBuilder("js").engine(engine).build()) {
                    second.eval(katex);
                    t = lap(result, "secondContextLoadMs", t);
                    renderer(second).execute(FIRST);
                    lap(result, "secondContextFirstFormulaMs", t);
                }
            }
            result.put("truffle", engine.getImplementationName());
        }
        result.put("java", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        result.put("peakRssKiB", ProcStatus.kib("VmHWM"));
        System.out.println(new ObjectMapper().writeValueAsString(result));
    }

    private static Value renderer(Context context) {
        return context.eval("js", "(function (tex) { return katex.renderToString(tex, Object.assign("
                + KatexOptions.JSON + ", { displayMode: true })); })");
    }

    private static long lap(Map<String, Object> result, String name, long since) {
        long now = System.nanoTime();
        result.put(name, (now - since) / 1_000_000);
        return now;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = KatexLoad.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + ": build the generator first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
