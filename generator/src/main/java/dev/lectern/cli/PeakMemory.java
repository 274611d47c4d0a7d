package dev.lectern.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's peak resident memory, as Linux counts it ({@code VmHWM}): what a user sees in top. */
final class PeakMemory {

    static String describe() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return (kib / 1024) + " MiB";
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or an unexpected format: say so rather than guess
        }
        return "unknown";
    }

    private PeakMemory() {
    }
}
