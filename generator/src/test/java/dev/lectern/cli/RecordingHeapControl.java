package dev.lectern.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A heap control that only notes what it was asked: "keep size", "may shrink", "collect". */
final class RecordingHeapControl implements DaemonHeap.Control {
    final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void allowShrinking(boolean allowed) {
        calls.add(allowed ? "may shrink" : "keep size");
    }

    @Override
    public void collect() {
        calls.add("collect");
    }
}
