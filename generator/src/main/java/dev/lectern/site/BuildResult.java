package dev.lectern.site;

import dev.lectern.model.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What {@code build} did: diagnostics (content, math, links), stage timings, and how many files it
 * wrote (zero when the build failed and the previous output was kept).
 *
 * @param check the content as read, with the same diagnostics: what {@code check} gives, and the link check's
 *              and typesetting's findings too, so a validation report needs no second reading; empty when
 *              nothing had changed since the last build, whose diagnostics stand, so nothing was read
 * @param build the name of the build whose site the output folder holds: this one's, or the last one's when
 *              nothing had changed since, so that what was made of that build may still be used
 */
public record BuildResult(List<Diagnostic> diagnostics, List<StageTiming> timings, int filesWritten,
                          Optional<CheckResult> check, String build) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        timings = List.copyOf(timings);
    }
}
