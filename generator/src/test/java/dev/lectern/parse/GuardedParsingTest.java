package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each file's time budget runs from when a worker starts on it. */
class GuardedParsingTest {

    @Test
    void filesQueuedBehindSlowOnesStillGetTheirWholeBudget() {
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        List<GuardedParsing.Pending<String>> pending = new ArrayList<>();
        try (GuardedParsing guard = new GuardedParsing(1, Duration.ofMillis(600), Duration.ZERO)) {
            for (int i = 0; i < 4; i++) {
                String name = "lessons/l" + i + ".md";
                pending.add(guard.submit(new ContentFile(name, new byte[0]), diagnostics.forFile(name), deadline -> {
                    sleep(400); // within its budget, but four of them take longer than one budget
                    return name;
                }));
            }
            List<Optional<String>> results = pending.stream().map(GuardedParsing.Pending::await).toList();
            assertEquals(List.of(Optional.of("lessons/l0.md"), Optional.of("lessons/l1.md"),
                    Optional.of("lessons/l2.md"), Optional.of("lessons/l3.md")), results);
        }
        assertEquals(List.of(), diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aJobPastItsBudgetIsReportedAndLeftOut() {
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        try (GuardedParsing guard = new GuardedParsing(1, Duration.ofMillis(100), Duration.ZERO)) {
            Optional<String> result = guard.submit(new ContentFile("slow.md", new byte[0]), diagnostics.forFile("slow.md"),
                    deadline -> {
                        sleep(3000);
                        return "done";
                    }).await();
            assertEquals(Optional.empty(), result);
        }
        assertEquals(List.of("parse-timeout"), diagnostics.sorted().stream().map(Diagnostic::rule).toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
