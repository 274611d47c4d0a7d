package dev.lectern.math;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Where {@link FormulaCache} writes its entries: at once on the caller's thread, or queued for one
 * background thread. Creating, writing and renaming a small file costs about as much as typesetting
 * a formula in Node, so a cold build hands its writes over instead of waiting for them.
 */
final class CacheWriter implements AutoCloseable {

    private final boolean behind;
    private ExecutorService thread; // guarded by this; started by the first write
    private boolean closed;         // guarded by this

    private CacheWriter(boolean behind) {
        this.behind = behind;
    }

    static CacheWriter inline() {
        return new CacheWriter(false);
    }

    static CacheWriter background() {
        return new CacheWriter(true);
    }

    /** Runs {@code write} now, or queues it; once closed, runs it now. */
    void write(Runnable write) {
        ExecutorService queue = queue();
        if (queue == null) {
            write.run();
            return;
        }
        try {
            queue.execute(write);
        } catch (RejectedExecutionException e) {
            write.run(); // closed meanwhile
        }
    }

    /** Returns once every write handed over so far is done. */
    void flush() {
        ExecutorService queue;
        synchronized (this) {
            queue = thread;
        }
        if (queue == null) {
            return;
        }
        try {
            queue.submit(() -> { }).get(); // one thread, in order: the writes before it are done
        } catch (RejectedExecutionException e) {
            awaitEnd(queue); // closed meanwhile
        } catch (ExecutionException e) {
            throw new IllegalStateException("cache writer failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Finishes the queued writes and ends the thread. */
    @Override
    public void close() {
        ExecutorService queue;
        synchronized (this) {
            queue = thread;
            thread = null;
            closed = true;
        }
        if (queue != null) {
            queue.shutdown();
            awaitEnd(queue);
        }
    }

    private synchronized ExecutorService queue() {
        if (behind && thread == null && !closed) {
            thread = Executors.newSingleThreadExecutor(task -> {
                Thread writer = new Thread(task, "lectern-formula-cache-writer");
                writer.setDaemon(true); // a process that ends without closing loses a few entries: typeset again
                return writer;
            });
        }
        return thread;
    }

    private static void awaitEnd(ExecutorService queue) {
        try {
            queue.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
