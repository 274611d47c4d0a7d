package dev.lectern.math;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where {@link FormulaCache} does its disk work: at once on the caller's thread, or queued for one
 * background thread, so a cold build hands its writes over instead of waiting for them. Writes may
 * buffer; {@code settle} writes the buffer out, and runs whenever the queue runs dry (at once after
 * each write when inline), so other processes see entries soon without a write per entry.
 */
final class CacheWriter implements AutoCloseable {

    private final boolean behind;
    private final Runnable settle;
    private ThreadPoolExecutor thread; // guarded by this; started by the first write
    private boolean closed;            // guarded by this

    private CacheWriter(boolean behind, Runnable settle) {
        this.behind = behind;
        this.settle = settle;
    }

    static CacheWriter inline(Runnable settle) {
        return new CacheWriter(false, settle);
    }

    static CacheWriter background(Runnable settle) {
        return new CacheWriter(true, settle);
    }

    /** Runs {@code write} now, or queues it; once closed, runs it now. */
    void write(Runnable write) {
        ThreadPoolExecutor queue = queue();
        if (queue != null) {
            try {
                queue.execute(write);
                return;
            } catch (RejectedExecutionException e) {
                // closed meanwhile
            }
        }
        write.run();
        settle.run();
    }

    /** Returns once every write handed over so far is done and settled. */
    void flush() {
        ThreadPoolExecutor queue;
        synchronized (this) {
            queue = thread;
        }
        if (queue == null) {
            settle.run();
            return;
        }
        try {
            queue.submit(settle).get(); // one thread, in order: the writes before it are done
        } catch (RejectedExecutionException e) {
            awaitEnd(queue); // closed meanwhile
        } catch (ExecutionException e) {
            throw new IllegalStateException("cache writer failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Finishes the queued writes, settles them and ends the thread. */
    @Override
    public void close() {
        ThreadPoolExecutor queue;
        synchronized (this) {
            queue = thread;
            thread = null;
            closed = true;
        }
        if (queue != null) {
            queue.shutdown();
            awaitEnd(queue);
        }
        settle.run();
    }

    private synchronized ThreadPoolExecutor queue() {
        if (behind && thread == null && !closed) {
            thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
                Thread writer = new Thread(task, "lectern-formula-cache-writer");
                writer.setDaemon(true); // a process that ends without closing loses a few entries: typeset again
                return writer;
            }) {
                @Override
                protected void afterExecute(Runnable task, Throwable failure) {
                    if (getQueue().isEmpty()) {
                        settle.run();
                    }
                }
            };
        }
        return thread;
    }

    private static void awaitEnd(ThreadPoolExecutor queue) {
        try {
            queue.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
