package dev.lectern.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The daemon's heap between builds. After each build its garbage is collected at once, so the next
 * build does not stop for it; but the heap keeps its size while an author is at work. Shrunk back to
 * a few dozen MB after every build, the heap had to grow again during the next one: on 1,000 lessons
 * that cost 60 young and 4 full collections, a second of a 3 s build. After {@link #RETURN_AFTER}
 * without a build the heap goes back to the system.
 */
final class DaemonHeap {

    static final Duration RETURN_AFTER = Duration.ofMinutes(5);

    /** What the policy needs of the JVM; the real one is {@link #hotSpot()}. */
    interface Control {
        /** Whether a collection may shrink the heap. */
        void allowShrinking(boolean allowed);

        /** A full collection. */
        void collect();
    }

    private final Control control;
    private final Duration returnAfter;
    private boolean returned = true;

    DaemonHeap(Control control, Duration returnAfter) {
        this.control = control;
        this.returnAfter = returnAfter;
    }

    /** The JVM's own collector; it keeps the heap by asking a collection to leave all free space. */
    static DaemonHeap ofThisJvm() {
        return new DaemonHeap(hotSpot(), RETURN_AFTER);
    }

    /** Right after a build: its garbage goes, the heap's size stays. */
    synchronized void afterBuild() {
        control.allowShrinking(false);
        control.collect();
        returned = false;
    }

    /** Now and then while no build runs: once idle long enough, the heap is given back, once. */
    synchronized void whileIdle(Duration idle) {
        if (!returned && idle.compareTo(returnAfter) >= 0) {
            control.allowShrinking(true);
            control.collect();
            returned = true;
        }
    }

    /**
     * HotSpot's {@code MaxHeapFreeRatio}, a flag the JVM lets a running program change: at 100 a
     * collection keeps every free byte. Where it cannot be changed (another JVM), collections shrink
     * the heap as before, and builds are only slower.
     */
    static Control hotSpot() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String shrinking = flag(vm, "MaxHeapFreeRatio");
        return new Control() {
            @Override
            public void allowShrinking(boolean allowed) {
                if (shrinking == null) {
                    return;
                }
                try {
                    vm.setVMOption("MaxHeapFreeRatio", allowed ? shrinking : "100");
                } catch (IllegalArgumentException e) {
                    // not writable on this JVM: the heap shrinks after each build, as it always did
                }
            }

            @Override
            public void collect() {
                System.gc();
            }
        };
    }

    /** The flag's value, or null when this JVM has no such flag. */
    private static String flag(HotSpotDiagnosticMXBean vm, String name) {
        try {
            return vm == null ? null : vm.getVMOption(name).getValue();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
