package dev.lectern.math;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Typesets TeX with the jar's KaTeX in {@code node} worker processes ({@link NodeWorker}): the same
 * script, bridge and options as {@link KatexRenderer}, so the same HTML, at V8's speed instead of the
 * GraalJS interpreter's (thousands of formulas a second instead of hundreds).
 *
 * <p>Nothing starts until the first formula; the first worker's handshake is the probe of whether
 * {@code node} is usable (found, version 18 or later, loads KaTeX). If not, {@link MathEngineChoice#AUTO}
 * typesets with GraalJS instead and {@link MathEngineChoice#NODE} throws
 * {@link MathEngineUnavailableException}. Up to {@code maxWorkers} processes are started as callers
 * need them, each used by one thread at a time; {@link #render} is thread-safe.
 *
 * <p>A formula past the time limit comes back as {@link RenderedMath#failed} with the same message as
 * {@link KatexRenderer}'s, and its worker is killed (the next formula starts a fresh one). A worker that
 * dies mid-formula is replaced and the formula retried once; if that dies too, or workers died
 * {@link #MAX_DEATHS} times, the rest is typeset with GraalJS. Workers end on {@link #close()}, and by
 * themselves when the JVM's end of their stdin closes.
 */
public final class NodeKatexRenderer implements MathRenderer {

    /** How long node may take to start and load KaTeX before it counts as unusable. */
    static final Duration START_LIMIT = Duration.ofSeconds(20);

    /** Worker deaths (time-limit kills excluded) after which Node is given up for this renderer's life. */
    static final int MAX_DEATHS = 4;

    private enum State { UNTRIED, PROBING, RUNNING, FALLEN_BACK, UNUSABLE }

    private final NodeCommand node;
    private final Duration timeLimit;
    private final int maxWorkers;
    private final MathEngineChoice choice;
    private final Supplier<? extends MathRenderer> graalJs;
    private final Consumer<String> notices;
    private final ObjectMapper json = NodeWorker.json();
    private final Object lock = new Object();
    private final Deque<NodeWorker> idle = new ArrayDeque<>();   // guarded by lock
    private final Set<NodeWorker> live = new HashSet<>();        // guarded by lock: idle and busy
    private int open;                                            // guarded by lock: live and starting
    private State state = State.UNTRIED;                         // guarded by lock
    private String unusable;                                     // guarded by lock
    private int deaths;                                          // guarded by lock
    private boolean closed;                                      // guarded by lock
    private MathRenderer fallback;                               // guarded by lock
    private NodeWorker.Launch launch;                            // guarded by lock
    private ScheduledExecutorService watchdog;                   // guarded by lock
    private String engine = "none";                              // guarded by lock
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicLong jobs = new AtomicLong();

    /**
     * @param node       the executable
     * @param timeLimit  how long one formula may take before its worker is killed
     * @param maxWorkers how many processes may typeset at once
     * @param choice     {@link MathEngineChoice#AUTO} falls back to {@code graalJs} when node is not
     *                   usable, {@link MathEngineChoice#NODE} fails
     * @param graalJs    the fallback, created only when needed and closed with this renderer
     * @param notices    told, in one line, which engine typesets the formulas once that is decided
     */
    public NodeKatexRenderer(NodeCommand node, Duration timeLimit, int maxWorkers, MathEngineChoice choice,
                             Supplier<? extends MathRenderer> graalJs, Consumer<String> notices) {
        if (timeLimit.isNegative() || timeLimit.isZero() || maxWorkers < 1 || choice == MathEngineChoice.GRAALJS) {
            throw new IllegalArgumentException("timeLimit must be positive, maxWorkers >= 1, choice AUTO or NODE");
        }
        this.node = node;
        this.timeLimit = timeLimit;
        this.maxWorkers = maxWorkers;
        this.choice = choice;
        this.graalJs = graalJs;
        this.notices = notices;
    }

    @Override
    public RenderedMath render(String tex, boolean displayMode) {
        Objects.requireNonNull(tex, "tex");
        boolean retried = false;
        while (true) {
            NodeWorker worker = acquire();
            if (worker == null) {
                return fallback().render(tex, displayMode);
            }
            RenderedMath math;
            try {
                math = worker.render(jobs.incrementAndGet(), tex, displayMode, timeLimit);
            } catch (NodeWorker.Died e) {
                died(worker, e.getMessage(), retried);
                retried = true;
                continue;
            } catch (RuntimeException | Error e) {
                discard(worker);
                throw e;
            }
            release(worker);
            return math;
        }
    }

    /**
     * One worker takes the whole list in one exchange (see {@link NodeWorker#renderAll}); if it
     * dies or runs past the time limit on one of them, the list is typeset again one at a time, so
     * each formula gets exactly what {@link #render} would give it.
     */
    @Override
    public List<RenderedMath> renderAll(List<Formula> formulas) {
        if (formulas.size() < 2) {
            return MathRenderer.super.renderAll(formulas);
        }
        NodeWorker worker = acquire();
        if (worker == null) {
            return fallback().renderAll(formulas);
        }
        List<RenderedMath> results;
        try {
            results = worker.renderAll(jobs.getAndAdd(formulas.size()) + 1, formulas, timeLimit);
        } catch (NodeWorker.Died e) {
            discard(worker);
            return MathRenderer.super.renderAll(formulas);
        } catch (RuntimeException | Error e) {
            discard(worker);
            throw e;
        }
        release(worker);
        return results;
    }

    /** {@code none} before the first formula, then {@code node <version>} or {@code graaljs}. */
    public String engine() {
        synchronized (lock) {
            return engine;
        }
    }

    /** How many node processes this renderer has started. */
    public int processesStarted() {
        return started.get();
    }

    /** The process ids of the workers alive now (for tests that check none is left behind). */
    List<Long> livePids() {
        synchronized (lock) {
            return live.stream().map(NodeWorker::pid).toList();
        }
    }

    @Override
    public void close() {
        List<NodeWorker> workers;
        MathRenderer graal;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            workers = new ArrayList<>(live);
            live.clear();
            idle.clear();
            graal = fallback;
            if (watchdog != null) {
                watchdog.shutdownNow();
            }
            lock.notifyAll();
        }
        workers.forEach(NodeWorker::close); // a busy one's caller gets an error: the renderer is closed
        if (graal != null) {
            graal.close();
        }
    }

    /** An idle or new worker, or null when formulas go to GraalJS. */
    private NodeWorker acquire() {
        boolean probe;
        synchronized (lock) {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("NodeKatexRenderer is closed");
                }
                if (state == State.FALLEN_BACK) {
                    return null;
                }
                if (state == State.UNUSABLE) {
                    throw new MathEngineUnavailableException(unusable);
                }
                if (!idle.isEmpty()) {
                    return idle.pop();
                }
                if (state == State.UNTRIED || state == State.RUNNING && open < maxWorkers) {
                    probe = state == State.UNTRIED;
                    state = probe ? State.PROBING : state;
                    open++;
                    break;
                }
                awaitChange(); // another thread is probing, or every worker is busy
            }
        }
        return start(probe);
    }

    /** Starts a worker outside the lock (it takes a tenth of a second), so idle ones can be handed out meanwhile. */
    private NodeWorker start(boolean probe) {
        NodeWorker worker;
        try {
            worker = NodeWorker.start(launch(), json, START_LIMIT, watchdog());
            started.incrementAndGet();
        } catch (NodeWorker.Unusable e) {
            synchronized (lock) {
                open--;
                String why = node.executable() + " " + e.getMessage();
                if (!probe) {
                    fallBack("a new node worker failed (" + why + ")");
                } else if (choice == MathEngineChoice.NODE) {
                    state = State.UNUSABLE;
                    unusable = "the node math engine is not usable: " + why + " (install Node " + NodeWorker.MIN_NODE_MAJOR
                            + " or later, set " + NodeCommand.VARIABLE + ", or choose the auto or graaljs math engine)";
                } else {
                    fallBack("node is not usable (" + why + ")");
                }
                lock.notifyAll();
            }
            return acquire(); // null after falling back; throws when unusable or closed
        } catch (RuntimeException | Error e) {
            synchronized (lock) { // a bug or a closed renderer: let the next caller try afresh
                open--;
                if (probe && state == State.PROBING) {
                    state = State.UNTRIED;
                }
                lock.notifyAll();
            }
            throw e;
        }
        synchronized (lock) {
            if (closed || state == State.FALLEN_BACK) {
                open--;
                lock.notifyAll();
                worker.close();
                return acquire();
            }
            live.add(worker);
            if (probe) {
                state = State.RUNNING;
                engine = "node " + worker.nodeVersion();
                notices.accept("lectern: typesetting formulas with KaTeX " + KatexBundle.version() + " in Node "
                        + worker.nodeVersion() + " (" + node.executable() + ", up to " + maxWorkers + " processes)");
            }
            lock.notifyAll();
            return worker;
        }
    }

    private void release(NodeWorker worker) {
        synchronized (lock) {
            if (closed || state != State.RUNNING || worker.dead()) {
                forget(worker);
            } else {
                idle.push(worker);
                lock.notifyAll();
                return;
            }
        }
        worker.close();
    }

    private void discard(NodeWorker worker) {
        synchronized (lock) {
            forget(worker);
        }
        worker.close();
    }

    private void died(NodeWorker worker, String why, boolean retried) {
        discard(worker);
        synchronized (lock) {
            deaths++;
            if (retried) {
                fallBack("a node worker died on the same formula twice (" + why + ")");
            } else if (deaths >= MAX_DEATHS) {
                fallBack(deaths + " node workers died, the last one " + why);
            }
        }
    }

    /** Called with the lock held. */
    private void forget(NodeWorker worker) {
        if (live.remove(worker)) {
            open--;
        }
        lock.notifyAll();
    }

    /** Sends this and every later formula to GraalJS. Called with the lock held. */
    private void fallBack(String why) {
        if (state == State.FALLEN_BACK || closed) {
            return;
        }
        state = State.FALLEN_BACK;
        engine = "graaljs";
        notices.accept("lectern: " + why + "; typesetting formulas with KaTeX " + KatexBundle.version() + " in GraalJS");
        for (NodeWorker worker : idle) {
            live.remove(worker);
            open--;
            worker.close();
        }
        idle.clear();
        lock.notifyAll();
    }

    private MathRenderer fallback() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("NodeKatexRenderer is closed");
            }
            if (fallback == null) {
                fallback = graalJs.get();
            }
            return fallback;
        }
    }

    private NodeWorker.Launch launch() {
        synchronized (lock) {
            if (launch == null) {
                launch = NodeWorker.Launch.of(node, json);
            }
            return launch;
        }
    }

    private void stopLateWorkers() {
        List<NodeWorker> workers;
        synchronized (lock) {
            workers = new ArrayList<>(live);
        }
        long now = System.nanoTime();
        workers.forEach(worker -> worker.stopIfLate(now));
    }

    private void awaitChange() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a node worker", e);
        }
    }

    /** Checks the busy workers' deadlines a few times per time limit (and times the workers' start). */
    private ScheduledExecutorService watchdog() {
        synchronized (lock) {
            if (watchdog == null) {
                ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
                    Thread thread = new Thread(task, "lectern-node-watchdog");
                    thread.setDaemon(true);
                    return thread;
                });
                executor.setRemoveOnCancelPolicy(true); // start alarms are cancelled: drop them at once
                long tick = Math.max(5, Math.min(100, timeLimit.toMillis() / 10));
                executor.scheduleWithFixedDelay(this::stopLateWorkers, tick, tick, TimeUnit.MILLISECONDS);
                watchdog = executor;
            }
            return watchdog;
        }
    }
}
