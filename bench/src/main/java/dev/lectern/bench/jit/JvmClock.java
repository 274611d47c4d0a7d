package dev.lectern.bench.jit;

import java.lang.management.ManagementFactory;

/** Milliseconds since this JVM started, so a figure includes the JVM's own start-up, as a build's does. */
final class JvmClock {

    private static final long START = ManagementFactory.getRuntimeMXBean().getStartTime();

    private JvmClock() {
    }

    static long sinceStart() {
        return System.currentTimeMillis() - START;
    }
}
