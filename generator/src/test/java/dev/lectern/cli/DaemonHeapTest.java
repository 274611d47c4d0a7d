package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaemonHeapTest {

    private final RecordingHeapControl control = new RecordingHeapControl();
    private final List<String> calls = control.calls;
    private final DaemonHeap heap = new DaemonHeap(control, Duration.ofMinutes(5));

    @Test
    void aBuildsGarbageIsCollectedRightAfterItWithoutShrinkingTheHeap() {
        heap.afterBuild();

        assertEquals(List.of("keep size", "collect"), calls);
    }

    @Test
    void theHeapIsGivenBackOnceAfterFiveMinutesWithoutABuild() {
        heap.afterBuild();
        calls.clear();

        heap.whileIdle(Duration.ofMinutes(4));
        List<String> beforeFiveMinutes = List.copyOf(calls);
        heap.whileIdle(Duration.ofMinutes(5));
        heap.whileIdle(Duration.ofMinutes(6));

        assertEquals(List.of(), beforeFiveMinutes);
        assertEquals(List.of("may shrink", "collect"), calls);
    }

    @Test
    void aDaemonThatHasNotBuiltHasNothingToGiveBack() {
        heap.whileIdle(Duration.ofHours(1));

        assertEquals(List.of(), calls);
    }

    @Test
    void theNextBuildKeepsTheHeapAgainAndItsIdleTimeIsGivenBackAgain() {
        heap.afterBuild();
        heap.whileIdle(Duration.ofMinutes(5));
        calls.clear();

        heap.afterBuild();
        heap.whileIdle(Duration.ofMinutes(5));

        assertEquals(List.of("keep size", "collect", "may shrink", "collect"), calls);
    }

    @Test
    void onHotSpotKeepingTheHeapSetsMaxHeapFreeRatioTo100AndGivingItBackRestoresIt() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String initial = vm.getVMOption("MaxHeapFreeRatio").getValue();
        DaemonHeap.Control control = DaemonHeap.hotSpot();
        try {
            control.allowShrinking(false);
            String kept = vm.getVMOption("MaxHeapFreeRatio").getValue();
            control.allowShrinking(true);

            assertEquals("100", kept);
            assertEquals(initial, vm.getVMOption("MaxHeapFreeRatio").getValue());
        } finally {
            vm.setVMOption("MaxHeapFreeRatio", initial);
        }
    }
}
