package dev.lectern.math;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
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
 * (it keeps the parsed KaTeX source) and contexts are pooled, at most {@code maxContexts}, each
 * used by one thread at a time. {@link #render} is thread-safe.
 *
 * <p>A TeX error, a macro bomb stopped by {@code maxExpand} and a formula that runs past the time
 * limit all come back as {@link RenderedMath#failed}; the renderer stays usable.
 */
public final class KatexRenderer implements MathRenderer {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

    private final Duration timeLimit;
    private final int maxContexts;
    private final Object lock = new Object();
    private final Deque<KatexWorker> idle = new ArrayDeque<>();      // guarded by lock
    private int open;                                                 // guarded by lock
    private boolean closed;                                           // guarded by lock
    private Engine engine;                                            // guarded by lock
    private Source katexSource;                                       // guarded by lock
    private Source bridgeSource;                                      // guarded by lock
    private ScheduledExecutorService watchdog;                        // guarded by lock
    private final AtomicInteger contextsCreated = new AtomicInteger();
    private final AtomicLong jobs = new AtomicLong();

    /** {@link #DEFAULT_TIME_LIMIT} per formula, up to one context per processor (at most 4). */
    public KatexRenderer() {
        this(DEFAULT_TIME_LIMIT, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @param timeLimit   how long one formula may run before it is stopped
     * @param maxContexts how many formulas may be typeset at once (each context loads KaTeX anew)
     */
    public KatexRenderer(Duration timeLimit, int maxContexts) {
        if (timeLimit.isNegative() || timeLimit.isZero() || maxContexts < 1) {
            throw new IllegalArgumentException("timeLimit must be positive and maxContexts >= 1");
        }
        this.timeLimit = timeLimit;
        this.maxContexts = maxContexts;
    }

    @Override
    public RenderedMath render(String tex, boolean displayMode) {
        return render(tex, displayMode, timeLimit);
    }

    /** Like {@link #render(String, boolean)} with another time limit for this formula. */
    public RenderedMath render(String tex, boolean displayMode, Duration limit) {
        Objects.requireNonNull(tex, "tex");
        KatexWorker worker = acquire();
        try {
            return worker.render(jobs.incrementAndGet(), tex, displayMode, limit, watchdog());
        } finally {
            release(worker);
        }
    }

    /**
     * What besides the TeX decides this renderer's output: KaTeX's version, the options and the
     * error-box format. Read without starting JavaScript, for {@link FormulaCache} keys.
     */
    public static String cacheIdentity() {
        return "katex " + KatexBundle.version() + " " + KatexOptions.JSON + " " + MathErrorBox.FORMAT;
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
            idle.forEach(KatexWorker::close);
            idle.clear();
            if (watchdog != null) {
                watchdog.shutdownNow();
            }
            if (engine != null) {
                engine.close(true); // cancels a formula still running on another thread
            }
            lock.notifyAll();
        }
    }

    private KatexWorker acquire() {
        Engine shared;
        synchronized (lock) {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("KatexRenderer is closed");
                }
                if (!idle.isEmpty()) {
                    return idle.pop();
                }
                if (open < maxContexts) {
                    open++;
                    break;
                }
                awaitWorker();
            }
            shared = startEngine();
        }
        // Loading KaTeX takes seconds: outside the lock, so idle workers can still be handed out.
        try {
            Context context = Context.newBuilder("js").engine(shared).build();
            KatexWorker worker = new KatexWorker(context, katexSource(), bridgeSource());
            contextsCreated.incrementAndGet();
            return worker;
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                open--;
                lock.notifyAll();
            }
            throw e;
        }
    }

    private void release(KatexWorker worker) {
        synchronized (lock) {
            if (closed || worker.broken()) {
                worker.close();
                open--;
            } else {
                idle.push(worker);
            }
            lock.notifyAll();
        }
    }

    private void awaitWorker() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a KaTeX context", e);
        }
    }

    private Engine startEngine() {
        if (engine == null) {
            engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
            katexSource = Source.newBuilder("js", KatexBundle.script(), "katex.min.js").cached(true).buildLiteral();
            bridgeSource = Source.newBuilder("js", KatexBridge.script(), "lectern-katex-bridge.js").cached(true).buildLiteral();
        }
        return engine;
    }

    private Source katexSource() {
        synchronized (lock) {
            return katexSource;
        }
    }

    private Source bridgeSource() {
        synchronized (lock) {
            return bridgeSource;
        }
    }

    private ScheduledExecutorService watchdog() {
        synchronized (lock) {
            if (watchdog == null) {
                ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
                    Thread thread = new Thread(task, "lectern-katex-watchdog");
                    thread.setDaemon(true);
                    return thread;
                });
                executor.setRemoveOnCancelPolicy(true); // most alarms are cancelled: drop them at once
                watchdog = executor;
            }
            return watchdog;
        }
    }
}
