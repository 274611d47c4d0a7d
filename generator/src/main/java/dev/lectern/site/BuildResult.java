package dev.lectern.site;

import dev.lectern.model.Diagnostic;
import java.util.List;

/**
 * What {@code build} did: diagnostics (content, math, links), stage timings, and how many files it
 * wrote (zero when the build failed and the previous output was kept).
 */
public record BuildResult(List<Diagnostic> diagnostics, List<StageTiming> timings, int filesWritten) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        timings = List.copyOf(timings);
    }
}
