package dev.lectern.math;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;

/**
 * Typesets TeX with KaTeX ({@code lectern/katex/katex.min.js}) inside GraalJS, with the options in
 * {@link KatexOptions}; the HTML equals Node's {@code katex.renderToString}.
 *
 * <p>On a stock JDK GraalJS only interprets: loading KaTeX into a context takes seconds, a formula
 * milliseconds. So nothing starts until the first formula is rendered; one {@link Engine} is shared
 * (it keeps the parsed KaTeX source), and each of KaTeX's threads (at most {@code maxContexts})
 * loads its own context on its first formula. {@link #render} is thread-safe.
 *
 * <p>What a formula may cost is bounded by limits that give the same result on every machine: its
 * length ({@link #MAX_TEX_LENGTH}), its nesting ({@link #MAX_NESTING}), KaTeX's {@code maxExpand}
 * and {@code maxSize}. KaTeX recurses once per level of nesting, and how deep it can go depends on
 * the thread's stack and on how much of GraalJS the JVM has compiled yet; so formulas run on
 * KaTeX's own threads, with a stack far deeper than {@link #MAX_NESTING} needs. The time limit is
 * only a safety net, far above what those limits allow (a formula of the maximum length takes well
 * under a second), so it never decides what a page shows. A TeX error, a formula over a limit and
 * one stopped by the safety net all come back as {@link RenderedMath#failed}; the renderer stays
 * usable.
 */
public final class KatexRenderer implements MathRenderer {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);

    /**
     * The longest TeX typeset, in characters: GraalJS's time grows with the length (about a second
     * for 1,000 characters in a cold engine), and the longest formula of the real course has 201.
     */
    public static final int MAX_TEX_LENGTH = 2_000;

    /**
     * The deepest nesting of groups ({@code {}}, {@code \left}, {@code \begin}) typeset: the real
     * course's formulas nest at most 2 deep; KaTeX's threads ({@link #STACK_BYTES}) take this many
     * levels of the costliest construct measured, with room to spare.
     */
    public static final int MAX_NESTING = 128;

    /**
     * KaTeX's threads' stack. Measured with {@code \left(\frac{a}{...}\right)} repeated (two levels
     * each): 1 MB took 23 repetitions, 16 MB over 100; twice that for {@link #MAX_NESTING}.
     */
    private static final long STACK_BYTES = 32L * 1024 * 1024;

    /**
     * Lectern's side of KaTeX: the one JavaScript function that calls {@code katex.renderToString}
     * with {@link KatexOptions} and answers {@code [ok, htmlOrMessage]} (see {@link KatexWorker}).
     */
    private static final String BRIDGE = "lectern/katex/bridge.js";

    private final Duration timeLimit;
    private final Object lock = new Object();
    private final List<KatexWorker> workers = new ArrayList<>();     // guarded by lock
    private boolean closed;                                           // guarded by lock
    private Engine engine;                                            // guarded by lock
    private Source katexSource;                                       // guarded by lock
    private Source bridgeSource;                                      // guarded by lock
    /** Both start their threads on first use, so a build whose formulas are all cached starts none. */
    private final ScheduledThreadPoolExecutor watchdog;
    private final ExecutorService threads;
    /** Each KaTeX thread's own context, loaded on its first formula. */
    private final ThreadLocal<KatexWorker> threadsWorker = new ThreadLocal<>();
    private final AtomicInteger contextsCreated = new AtomicInteger();
    private final AtomicLong jobs = new AtomicLong();

    /** {@link #DEFAULT_TIME_LIMIT} per formula, up to one context per processor (at most 4). */
    public KatexRenderer() {
        this(DEFAULT_TIME_LIMIT, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @param timeLimit   how long one formula may run before it is stopped
     * @param maxContexts how many formulas may be typeset at once (each KaTeX thread loads KaTeX anew)
     */
    public KatexRenderer(Duration timeLimit, int maxContexts) {
        if (timeLimit.isNegative() || timeLimit.isZero() || maxContexts < 1) {
            throw new IllegalArgumentException("timeLimit must be positive and maxContexts >= 1");
        }
        this.timeLimit = timeLimit;
        this.threads = Executors.newFixedThreadPool(maxContexts, new DaemonThreads("lectern-katex", STACK_BYTES));
        this.watchdog = new ScheduledThreadPoolExecutor(1, new DaemonThreads("lectern-katex-watchdog", 0));
        watchdog.setRemoveOnCancelPolicy(true); // most alarms are cancelled: drop them at once
    }

    @Override
    public RenderedMath render(String tex, boolean displayMode) {
        return render(tex, displayMode, timeLimit);
    }

    /** Like {@link #render(String, boolean)} with another time limit for this formula. */
    public RenderedMath render(String tex, boolean displayMode, Duration limit) {
        Objects.requireNonNull(tex, "tex");
        if (tex.length() > MAX_TEX_LENGTH) {
            return MathErrorBox.failed(tex, displayMode, String.format(Locale.ROOT,
                    "formula of %,d characters, over the limit of %,d; not typeset", tex.length(), MAX_TEX_LENGTH));
        }
        int nesting = nesting(tex);
        if (nesting > MAX_NESTING) {
            return MathErrorBox.failed(tex, displayMode, String.format(Locale.ROOT,
                    "formula nested %,d levels deep, over the limit of %d; not typeset", nesting, MAX_NESTING));
        }
        long job = jobs.incrementAndGet();
        return onKatexThread(() -> {
            KatexWorker worker = threadsWorker();
            try {
                return worker.render(job, tex, displayMode, limit, watchdog);
            } finally {
                if (worker.broken()) {
                    threadsWorker.remove(); // cancelled: the thread's next formula loads a new context
                    forget(worker);
                }
            }
        });
    }

    /** The deepest nesting of braces, {@code \left...\right} and {@code \begin...\end} in {@code tex}. */
    static int nesting(String tex) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                if (tex.startsWith("left", i + 1) || tex.startsWith("begin", i + 1)) {
                    deepest = Math.max(deepest, ++depth);
                } else if (tex.startsWith("right", i + 1) || tex.startsWith("end", i + 1)) {
                    depth = Math.max(0, depth - 1);
                }
                i++; // the escaped character (\{ is not a group)
            } else if (c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }

    private RenderedMath onKatexThread(Callable<RenderedMath> formula) {
        if (threads.isShutdown()) {
            throw new IllegalStateException("KatexRenderer is closed");
        }
        Future<RenderedMath> result = threads.submit(formula);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while typesetting a formula", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * What besides the TeX decides this renderer's output: KaTeX's version, the options and the
     * error-box format. Read without starting JavaScript, for {@link FormulaCache} keys.
     */
    public static String cacheIdentity() {
        return "katex " + KatexBundle.version() + " " + KatexOptions.JSON + " " + MathErrorBox.FORMAT
                + " max-tex-" + MAX_TEX_LENGTH + " max-nesting-" + MAX_NESTING;
    }

    /** How many GraalJS contexts this renderer has created (each one loaded KaTeX). */
    public int contextsCreated() {
        return contextsCreated.get();
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            workers.forEach(KatexWorker::close);
            workers.clear();
            watchdog.shutdownNow();
            threads.shutdownNow();
            if (engine != null) {
                engine.close(true); // cancels a formula still running on another thread
            }
            lock.notifyAll();
        }
    }

    /** The context of the calling KaTeX thread, loading KaTeX into a new one on first use. */
    private KatexWorker threadsWorker() {
        KatexWorker worker = threadsWorker.get();
        if (worker == null) {
            Engine shared;
            Source katex;
            Source bridge;
            synchronized (lock) {
                shared = startEngine();
                katex = katexSource;
                bridge = bridgeSource;
            }
            // Loading KaTeX takes seconds: outside the lock, so the other threads go on typesetting.
            worker = new KatexWorker(Context.newBuilder("js").engine(shared).build(), katex, bridge);
            contextsCreated.incrementAndGet();
            synchronized (lock) {
                if (closed) {
                    worker.close();
                    throw new IllegalStateException("KatexRenderer is closed");
                }
                workers.add(worker);
            }
            threadsWorker.set(worker);
        }
        return worker;
    }

    private void forget(KatexWorker worker) {
        worker.close();
        synchronized (lock) {
            workers.remove(worker);
        }
    }

    private Engine startEngine() {
        if (engine == null) {
            engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
            katexSource = Source.newBuilder("js", KatexBundle.read(KatexBundle.SCRIPT), "katex.min.js").cached(true).buildLiteral();
            bridgeSource = Source.newBuilder("js", KatexBundle.read(BRIDGE), "lectern-katex-bridge.js").cached(true).buildLiteral();
        }
        return engine;
    }
}
