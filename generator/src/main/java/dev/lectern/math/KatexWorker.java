package dev.lectern.math;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * One GraalJS context with KaTeX loaded. A context runs on one thread at a time, so
 * {@link KatexRenderer} gives each of its threads its own worker; only the watchdog touches it
 * concurrently, to interrupt a formula that runs too long.
 */
final class KatexWorker implements AutoCloseable {

    /** How long the watchdog waits for an interrupted formula to stop before cancelling the context. */
    private static final Duration INTERRUPT_GRACE = Duration.ofSeconds(5);

    /**
     * Typeset once, without a time limit, right after loading KaTeX: the first pass over KaTeX's common
     * paths (fractions, sums, text, accents, fonts) is slow (a second in the GraalJS interpreter on
     * a busy machine), and must not count against the first real formula's limit.
     */
    private static final String WARM_UP = "\\frac{a}{b} + \\sum_{i=1}^{n} x_i^2 + \\sqrt{\\hat{y}_t}"
            + " + \\text{t} + \\lambda \\, \\mathbb{R} \\approx \\left(c\\right)";

    private final Context context;
    private final Value renderFunction;
    private long running;      // job now executing, 0 when idle; guarded by this
    private long stoppedJob;   // the job the watchdog interrupted; guarded by this
    private volatile boolean broken;

    KatexWorker(Context context, Source katex, Source bridge) {
        this.context = context;
        context.eval(katex);
        this.renderFunction = context.eval(bridge).execute(KatexOptions.JSON);
        renderFunction.execute(WARM_UP, true);
    }

    /** Whether the context was cancelled and must not be used again. */
    boolean broken() {
        return broken;
    }

    RenderedMath render(long job, String tex, boolean displayMode, Duration limit,
                        ScheduledExecutorService watchdog) {
        synchronized (this) {
            running = job;
        }
        ScheduledFuture<?> alarm = watchdog.schedule(() -> stop(job), limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            // bridge.js answers [ok, htmlOrMessage]: KaTeX's HTML, or KaTeX's error message.
            Value result = renderFunction.execute(tex, displayMode);
            String htmlOrMessage = result.getArrayElement(1).asString();
            return result.getArrayElement(0).asBoolean() ? RenderedMath.ok(htmlOrMessage)
                    : MathErrorBox.failed(tex, displayMode, htmlOrMessage);
        } catch (PolyglotException e) {
            if (!e.isInterrupted() && !e.isCancelled()) {
                throw e; // a host or internal error, not a TeX problem: the bridge catches those
            }
            broken |= e.isCancelled();
            if (stoppedBy(job)) {
                // The interrupt also sets the thread's interrupt flag; it was ours, not the caller's.
                Thread.interrupted();
                return MathErrorBox.timedOut(tex, displayMode, limit);
            }
            // An interrupt meant for the previous job on this context landed late: run again.
            Thread.interrupted();
            if (broken) {
                throw new IllegalStateException("KaTeX context was cancelled", e);
            }
            return render(job, tex, displayMode, limit, watchdog);
        } finally {
            synchronized (this) {
                running = 0;
            }
            alarm.cancel(false);
        }
    }

    private synchronized boolean stoppedBy(long job) {
        return stoppedJob == job;
    }

    /** Runs on the watchdog thread when {@code job} passed its limit. */
    private void stop(long job) {
        synchronized (this) {
            if (running != job) {
                return; // it finished in time
            }
            stoppedJob = job;
        }
        try {
            context.interrupt(INTERRUPT_GRACE);
        } catch (TimeoutException e) {
            context.close(true);
        } catch (IllegalStateException | PolyglotException e) {
            // the context was closed meanwhile: nothing left to stop
        }
    }

    @Override
    public void close() {
        try {
            context.close(true);
        } catch (IllegalStateException | PolyglotException e) {
            // already closed or cancelled
        }
    }
}
