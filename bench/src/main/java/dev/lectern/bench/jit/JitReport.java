package dev.lectern.bench.jit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the JSON lines {@code bench/jit} collected (one per process: {@link KatexLoad},
 * {@link FormulaThroughput}, Node, {@code lectern build}) into the Markdown tables of
 * {@code bench/results/jit-<date>.md}. Every run is a row; nothing is averaged away.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.lectern.bench.jit.JitReport runs.jsonl
 * </pre>
 */
public final class JitReport {

    private final List<JsonNode> runs;
    private final StringBuilder out = new StringBuilder();

    private JitReport(List<JsonNode> runs) {
        this.runs = runs;
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> runs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                runs.add(json.readTree(line));
            }
        }
        System.out.print(new JitReport(runs).render());
    }

    private String render() {
        loads();
        throughput("throughput", "Cold formula throughput, the corpus's 5,000 distinct formulas");
        throughput("long", "Longer runs: where the compiler overtakes the interpreter");
        node();
        builds();
        return out.toString();
    }

    private void loads() {
        line("### Loading KaTeX (KatexLoad: shared engine, first context, second context)");
        line("");
        line("| Runtime | Truffle | JVM start to main | Engine | Load katex.min.js | 1st formula | 2nd formula "
                + "| 2nd context: load | 2nd context: 1st formula | Process wall | Peak RSS |");
        line("|---|---|---|---|---|---|---|---|---|---|---|");
        for (JsonNode r : of("load")) {
            line("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", r.path("label").asText(),
                    r.path("truffle").asText(), ms(r, "mainMs"), ms(r, "engineMs"), ms(r, "loadMs"),
                    ms(r, "firstFormulaMs"), ms(r, "secondFormulaMs"), ms(r, "secondContextLoadMs"),
                    ms(r, "secondContextFirstFormulaMs"), ms(r, "wallMs"), mib(r.path("rssKiB").asLong()));
        }
        line("");
    }

    private void throughput(String kind, String title) {
        List<JsonNode> rows = of(kind);
        if (rows.isEmpty()) {
            return;
        }
        double node = nodeRate();
        line("### " + title);
        line("");
        line("Times are seconds since the JVM started. \"After warm-up\" is the rate from the first mark to the "
                + "end; \"last window\" the rate over the last mark interval; \"overall\" is formulas / process wall "
                + "time (JVM start, KaTeX load and all), the figure comparable to Node's one cold process.");
        line("");
        line("| Runtime | Threads | Formulas | First formula | %s done | All done | After warm-up | Last window "
                + "| Overall | Overall / Node | Peak RSS | Failed | HTML hash |", rows.get(0).path("mark").asText());
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (JsonNode r : rows) {
            long[] marks = longs(r.path("marksMs"));
            int n = r.path("formulas").asInt();
            int mark = r.path("mark").asInt();
            long end = r.path("endMs").asLong();
            long wall = r.path("wallMs").asLong(end);
            double after = rate(n - mark, end - marks[0]);
            double last = marks.length > 1 ? rate(n - (long) mark * (marks.length - 1), end - marks[marks.length - 2]) : 0;
            double overall = rate(n, wall);
            line("| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %d | %s |", r.path("label").asText(),
                    r.path("threads").asInt(), n, sec(firstOf(r)), sec(marks[0]), sec(end), perSec(after),
                    perSec(last), perSec(overall), node > 0 && kind.equals("throughput") ? ratio(overall / node) : "",
                    mib(r.path("rssKiB").asLong(r.path("peakRssKiB").asLong())), r.path("failed").asInt(),
                    r.path("htmlSha256").asText());
        }
        line("");
        line("Marks (seconds since JVM start at every %s formulas):", rows.get(0).path("mark").asText());
        line("");
        for (JsonNode r : rows) {
            StringBuilder marks = new StringBuilder();
            for (long m : longs(r.path("marksMs"))) {
                marks.append(marks.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", m / 1000.0));
            }
            line("- %s, %d thread(s): %s", r.path("label").asText(), r.path("threads").asInt(), marks);
        }
        line("");
    }

    private void node() {
        line("### Node katex.renderToString (reference)");
        line("");
        line("| Formulas | Load KaTeX | Render all | 500 done (render) | Process wall | Overall | Peak RSS | Errors |");
        line("|---|---|---|---|---|---|---|---|");
        for (JsonNode r : of("node")) {
            long[] marks = longs(r.path("marksMs"));
            line("| %d | %s | %s | %s | %s | %s | %s | %d |", r.path("count").asInt(), ms(r, "loadMs"),
                    ms(r, "renderMs"), marks.length > 0 ? marks[0] + " ms" : "", ms(r, "wallMs"),
                    perSec(rate(r.path("count").asInt(), r.path("wallMs").asLong())), mib(r.path("rssKiB").asLong()),
                    r.path("errors").asInt());
        }
        line("");
    }

    private void builds() {
        List<JsonNode> rows = of("build");
        if (rows.isEmpty()) {
            return;
        }
        line("### Whole builds: `lectern build` of the N=1000 synthetic corpus");
        line("");
        line("| Build | Wall | Stages (the build's own) | Formulas in the cache after | Peak RSS | Diagnostics |");
        line("|---|---|---|---|---|---|");
        for (JsonNode r : rows) {
            line("| %s | %s | %s | %d | %s | %s |", r.path("label").asText(), sec(r.path("wallMs").asLong()),
                    r.path("stages").asText(), r.path("cached").asInt(), mib(r.path("rssKiB").asLong()),
                    r.path("summary").asText());
        }
        line("");
    }

    private double nodeRate() {
        for (JsonNode r : of("node")) {
            return rate(r.path("count").asInt(), r.path("wallMs").asLong());
        }
        return 0;
    }

    private List<JsonNode> of(String kind) {
        return runs.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    private static long firstOf(JsonNode r) {
        long first = Long.MAX_VALUE;
        for (JsonNode t : r.path("firstMs")) {
            first = Math.min(first, t.asLong());
        }
        return first;
    }

    private static long[] longs(JsonNode array) {
        long[] values = new long[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asLong();
        }
        return values;
    }

    private static double rate(long count, long millis) {
        return millis > 0 ? count * 1000.0 / millis : 0;
    }

    private static String ms(JsonNode r, String field) {
        return r.has(field) ? String.format(Locale.ROOT, "%.2f s", r.path(field).asLong() / 1000.0) : "";
    }

    private static String sec(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String perSec(double rate) {
        return String.format(Locale.ROOT, "%.0f /s", rate);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String mib(long kib) {
        return kib > 0 ? String.format(Locale.ROOT, "%d MiB", kib / 1024) : "";
    }

    private void line(String format, Object... args) {
        out.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
    }
}
