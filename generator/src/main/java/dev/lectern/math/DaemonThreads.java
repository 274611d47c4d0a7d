package dev.lectern.math;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads, so a build's (or serve's) workers never keep the JVM (or Maven) alive. */
public final class DaemonThreads implements ThreadFactory {
    private final String name;
    private final long stackBytes;
    private final AtomicInteger count = new AtomicInteger();

    /** @param stackBytes each thread's stack size; 0 for the JVM's default */
    public DaemonThreads(String name, long stackBytes) {
        this.name = name;
        this.stackBytes = stackBytes;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(null, task, name + "-" + count.incrementAndGet(), stackBytes);
        thread.setDaemon(true);
        return thread;
    }
}
