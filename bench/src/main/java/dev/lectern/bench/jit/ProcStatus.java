package dev.lectern.bench.jit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads this process's memory figures from Linux's /proc/self/status (0 elsewhere). */
final class ProcStatus {

    private ProcStatus() {
    }

    /** A "kB" line of /proc/self/status, e.g. {@code VmHWM} (peak resident set size). */
    static long kib(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or an unexpected format: the script's GNU time figure remains
        }
        return 0;
    }
}
