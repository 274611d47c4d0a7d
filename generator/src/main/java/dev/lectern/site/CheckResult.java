package dev.lectern.site;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import java.util.List;

/**
 * What {@code check} found: the content as read and every diagnostic, sorted by location.
 *
 * @param listedFrom the least severe diagnostics the reports list one by one ({@code lectern.yaml}'s
 *                   {@code pages: min-severity})
 */
public record CheckResult(CourseContent content, List<Diagnostic> diagnostics, List<StageTiming> timings,
                          Severity listedFrom) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        timings = List.copyOf(timings);
    }
}
