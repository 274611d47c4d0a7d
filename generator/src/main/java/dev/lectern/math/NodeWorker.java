package dev.lectern.math;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One {@code node} process running {@code lectern/katex/node-worker.js}, which loads the jar's KaTeX
 * and {@link KatexBridge} and answers one formula at a time over stdin/stdout (the protocol is at the
 * top of the script). {@link NodeKatexRenderer} hands a worker to one caller at a time; only the
 * watchdog touches it concurrently ({@link #stopIfLate}), to kill it when a formula runs past its time
 * limit. The watchdog polls rather than setting an alarm per formula: an alarm wakes its thread each
 * time, which costs as much as a fast formula.
 */
final class NodeWorker implements AutoCloseable {

    static final String SCRIPT = "lectern/katex/node-worker.js";

    /** The oldest Node the worker is tried on. */
    static final int MIN_NODE_MAJOR = 18;

    /** How much of the end of node's stderr is kept, to say why it failed. */
    private static final int STDERR_TAIL = 2000;

    /** A worker could not start: node is missing, too old, or did not complete the handshake. */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    /** The process ended, or answered out of protocol, while typesetting a formula. */
    static final class Died extends Exception {
        Died(String message) {
            super(message);
        }
    }

    /** How to start a worker; the same for every worker of a renderer, so built once. */
    record Launch(NodeCommand node, String script, String setupLine) {

        /** The jar's worker script, and a first line carrying the jar's KaTeX and bridge. */
        static Launch of(NodeCommand node, ObjectMapper json) {
            Map<String, String> setup = new LinkedHashMap<>();
            setup.put("katex", KatexBundle.script());
            setup.put("bridge", KatexBridge.script());
            setup.put("options", KatexOptions.JSON);
            setup.put("warmUp", KatexBridge.WARM_UP);
            try {
                return new Launch(node, KatexBundle.read(SCRIPT), json.writeValueAsString(setup));
            } catch (IOException e) {
                throw new IllegalStateException("cannot encode the worker's setup", e);
            }
        }
    }

    private final Process process;
    private final BufferedWriter stdin;
    private final BufferedReader stdout;
    private final StderrTail stderr;
    private final ObjectMapper json;
    private final String nodeVersion;
    private long running;     // job now executing, 0 when idle; guarded by this
    private long deadline;    // System.nanoTime() by which the running job must be done; guarded by this
    private long stoppedJob;  // the job the watchdog stopped; guarded by this
    private volatile boolean dead;

    private NodeWorker(Process process, ObjectMapper json, String setupLine, Duration startLimit,
                       ScheduledExecutorService watchdog) throws Unusable {
        this.process = process;
        this.json = json;
        this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderr = new StderrTail(process.getErrorStream());
        ScheduledFuture<?> alarm = watchdog.schedule(this::kill, startLimit.toNanos(), TimeUnit.NANOSECONDS);
        String ready;
        try {
            send(setupLine);
            ready = stdout.readLine();
        } catch (IOException e) {
            ready = null;
        } finally {
            alarm.cancel(false);
        }
        if (ready == null) {
            String why = dead ? "did not load KaTeX within " + startLimit.toSeconds() + " s"
                    : "ended before it was ready" + exitAndStderr(); // before close(), which closes stderr
            close();
            throw new Unusable(why);
        }
        this.nodeVersion = handshake(ready);
    }

    /** Starts a worker and waits until it has loaded KaTeX, at most {@code startLimit}. */
    static NodeWorker start(Launch launch, ObjectMapper json, Duration startLimit, ScheduledExecutorService watchdog)
            throws Unusable {
        Process process;
        try {
            process = new ProcessBuilder(launch.node().executable(), "-e", launch.script()).start();
        } catch (IOException e) {
            // "Cannot run program "x": error=2, No such file or directory": the cause says it without the name
            throw new Unusable("does not run: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        return new NodeWorker(process, json, launch.setupLine(), startLimit, watchdog);
    }

    /** An encoder for requests: ASCII only, so even a lone surrogate reaches KaTeX as GraalJS passes it. */
    static ObjectMapper json() {
        return JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    }

    /** Node's version, e.g. {@code 20.20.2}. */
    String nodeVersion() {
        return nodeVersion;
    }

    /** Whether the process was killed or ended: it must not be used again. */
    boolean dead() {
        return dead;
    }

    long pid() {
        return process.pid();
    }

    /** Typesets one formula; past {@code limit}, {@link #stopIfLate} kills the worker and this returns the time-limit failure. */
    RenderedMath render(long job, String tex, boolean displayMode, Duration limit) throws Died {
        try {
            return renderAll(job, List.of(new Formula(tex, displayMode)), limit).get(0);
        } catch (Died e) {
            if (stoppedBy(job)) {
                return MathErrorBox.timedOut(tex, displayMode, limit);
            }
            throw e;
        }
    }

    /**
     * Typesets {@code formulas} as jobs {@code firstJob}, {@code firstJob + 1}, ...: every request is
     * written at once and the answers read in turn, one exchange instead of one per formula. Each
     * answer has {@code limit} from the one before. A worker stopped for lateness, or that ends,
     * throws {@link Died}: the caller typesets the batch again one formula at a time.
     */
    List<RenderedMath> renderAll(long firstJob, List<Formula> formulas, Duration limit) throws Died {
        awaiting(firstJob, limit);
        try {
            StringBuilder requests = new StringBuilder();
            for (int i = 0; i < formulas.size(); i++) {
                requests.append(request(firstJob + i, formulas.get(i))).append('\n');
            }
            stdin.write(requests.toString());
            stdin.flush();
            List<RenderedMath> results = new ArrayList<>(formulas.size());
            for (int i = 0; i < formulas.size(); i++) {
                long job = firstJob + i;
                String line = stdout.readLine();
                if (line == null) {
                    throw died((stoppedBy(job) ? "stopped at the time limit" : "ended") + exitAndStderr());
                }
                results.add(answer(line, job, formulas.get(i)));
                awaiting(job + 1, limit);
            }
            return results;
        } catch (IOException e) {
            throw died(e.toString() + exitAndStderr());
        } finally {
            synchronized (this) {
                running = 0;
            }
        }
    }

    /** Kills the worker if the formula it is typesetting passed its deadline ({@code now} from System.nanoTime()). */
    void stopIfLate(long now) {
        synchronized (this) {
            if (running == 0 || now - deadline < 0) {
                return;
            }
            stoppedJob = running;
        }
        kill();
    }

    @Override
    public void close() {
        kill();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String handshake(String ready) throws Unusable {
        JsonNode hello;
        try {
            hello = json.readTree(ready);
        } catch (IOException e) {
            hello = null;
        }
        if (hello == null || !hello.path("ready").asBoolean(false)) {
            close();
            throw new Unusable("answered the handshake with " + abbreviate(ready));
        }
        String version = hello.path("node").asText("");
        if (major(version) < MIN_NODE_MAJOR) {
            close();
            throw new Unusable("is Node " + version + ", older than " + MIN_NODE_MAJOR);
        }
        String katex = hello.path("katex").asText("");
        if (!katex.equals(KatexBundle.version())) {
            close(); // cannot happen with the jar's own script: a stand-in for node that lies
            throw new Unusable("loaded KaTeX " + katex + ", not " + KatexBundle.version());
        }
        return version;
    }

    /** The worker now owes the answer to {@code job}, within {@code limit} from now. */
    private synchronized void awaiting(long job, Duration limit) {
        running = job;
        deadline = System.nanoTime() + limit.toNanos();
    }

    /**
     * One request line (without its newline): {@code {id, tex, display}}, ASCII only (see {@link #json()}).
     * Written by hand, as the answer is read with the streaming parser: a cold build sends thousands,
     * and the JIT compiler compiling Jackson's data binding for them took CPU from the workers.
     */
    static String request(long job, Formula formula) {
        String tex = formula.tex();
        StringBuilder line = new StringBuilder(tex.length() + 48).append("{\"id\":").append(job).append(",\"tex\":\"");
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '"' || c == '\\') {
                line.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                line.append("\\u").append(HexFormat.of().toHexDigits(c));
            } else {
                line.append(c);
            }
        }
        return line.append("\",\"display\":").append(formula.display()).append('}').toString();
    }

    /** The formula typeset from the worker's answer line to {@code job}; anything else is out of protocol. */
    private RenderedMath answer(String line, long job, Formula formula) throws IOException, Died {
        Answer answer = Answer.read(json, line);
        if (answer == null || answer.id() != job) {
            throw died("answered out of protocol: " + abbreviate(line));
        }
        return KatexBridge.result(formula.tex(), formula.display(), answer.ok(), answer.text());
    }

    /** An answer line, {@code {id, ok, text}}, in any order; null when a field is missing or of another type. */
    record Answer(long id, boolean ok, String text) {
        static Answer read(ObjectMapper json, String line) throws IOException {
            Long id = null;
            Boolean ok = null;
            String text = null;
            try (JsonParser parser = json.getFactory().createParser(line)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    switch (field) {
                        case "id" -> id = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : null;
                        case "ok" -> ok = value.isBoolean() ? value == JsonToken.VALUE_TRUE : null;
                        case "text" -> text = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                        default -> parser.skipChildren();
                    }
                }
            } catch (JsonProcessingException e) {
                return null;
            }
            return id == null || ok == null || text == null ? null : new Answer(id, ok, text);
        }
    }

    private void send(String line) throws IOException {
        stdin.write(line);
        stdin.write('\n');
        stdin.flush();
    }

    private Died died(String why) {
        kill();
        return new Died(why);
    }

    private synchronized boolean stoppedBy(long job) {
        return stoppedJob == job;
    }

    /** Ends the process; Java also closes our ends of its pipes, which unblocks a caller's read. */
    private void kill() {
        dead = true;
        process.destroyForcibly();
    }

    /** ", exit code 3: <the end of stderr>", once the process has ended (waits briefly for it). */
    private String exitAndStderr() {
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                return "";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
        String tail = stderr.tail().strip();
        return ", exit code " + process.exitValue() + (tail.isEmpty() ? "" : ": " + abbreviate(tail));
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }

    /** Reads node's stderr on a daemon thread, so a chatty process never blocks, keeping its end. */
    private static final class StderrTail {
        private final StringBuilder tail = new StringBuilder(); // guarded by this
        private final Thread reader;

        StderrTail(InputStream stream) {
            reader = new Thread(() -> drain(stream), "lectern-node-stderr");
            reader.setDaemon(true);
            reader.start();
        }

        private void drain(InputStream stream) {
            char[] buffer = new char[4096];
            try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (this) {
                        tail.append(buffer, 0, n);
                        if (tail.length() > STDERR_TAIL) {
                            tail.delete(0, tail.length() - STDERR_TAIL);
                        }
                    }
                }
            } catch (IOException e) {
                // the process ended: what was read is the tail
            }
        }

        /** What stderr said last; waits briefly for the reader to reach the end of a dead process's output. */
        String tail() {
            try {
                reader.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                return tail.toString();
            }
        }
    }
}
