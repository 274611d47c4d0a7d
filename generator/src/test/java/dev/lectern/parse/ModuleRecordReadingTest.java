package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Depth;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.LessonRef;
import dev.lectern.model.ModuleRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module record's Concept Index, read row by row with its depths, and the verdicts it records. */
class ModuleRecordReadingTest {

    /** Content with module 7.1's record, whose Concept Index is {@code table} (at line 5). */
    private static Loading.Loaded withIndex(Path root, String table) throws IOException {
        Path module = Files.createDirectories(root.resolve("series-7/module-7-1"));
        Files.writeString(module.resolve("record.md"), "# Module 7.1: Record\n\n## Concept Index\n\n" + table);
        return Loading.load(root);
    }

    @Test
    void aConceptReinforcedHasNoDepthAndIsNotReportedButAnUnknownDepthIs(@TempDir Path root) throws IOException {
        Loading.Loaded loaded = withIndex(root, """
                | Concept | Depth | Lesson | Notes |
                |---|---|---|---|
                | Zero initialization | DEVELOPED | controlnet | first time |
                | Zero initialization (again) | REINFORCED | ip-adapter | third instance |
                | Cross-attention | DEEP | ip-adapter | a typo |
                """);

        ModuleRecord record = loaded.content().moduleRecord("7.1").orElseThrow();
        assertEquals(List.of(Optional.of(Depth.DEVELOPED), Optional.empty(), Optional.empty()),
                record.concepts().stream().map(ModuleRecord.ConceptEntry::depth).toList());
        assertEquals(List.of("series-7/module-7-1/record.md:9:21: warning[unknown-depth]: depth 'DEEP' is none of "
                + "MENTIONED, INTRODUCED, DEVELOPED, APPLIED"), loaded.diagnostics().stream().map(Diagnostic::format)
                .filter(d -> d.contains("record.md")).toList());
    }

    @Test
    void aLessonNamedByItsPositionIsKeptAsThatPositionForThePlanToResolve(@TempDir Path root) throws IOException {
        Loading.Loaded loaded = withIndex(root, """
                | Concept | Depth | Lesson | Notes |
                |---|---|---|---|
                | Zero initialization | DEVELOPED | 7.1.1 | first time |
                | Cross-attention | INTRODUCED | Lesson 7.1.2 | |
                """);

        ModuleRecord record = loaded.content().moduleRecord("7.1").orElseThrow();
        assertEquals(List.of(List.of(new LessonRef(Optional.empty(), Optional.of("7.1"), Optional.of(1))),
                        List.of(new LessonRef(Optional.empty(), Optional.of("7.1"), Optional.of(2)))),
                record.concepts().stream().map(ModuleRecord.ConceptEntry::lessons).toList());
        assertEquals(List.of(), loaded.diagnostics().stream().map(Diagnostic::format)
                .filter(d -> d.contains("record.md")).toList());
    }

    @Test
    void aNumberThatIsNoLessonsPositionIsReportedAtItsCell(@TempDir Path root) throws IOException {
        Loading.Loaded loaded = withIndex(root, """
                | Concept | Depth | Lesson | Notes |
                |---|---|---|---|
                | Zero initialization | DEVELOPED | 7.1 | first time |
                """);

        assertEquals(List.of("series-7/module-7-1/record.md:7:37: warning[malformed-table]: '7.1' names no lesson; "
                + "write its slug, or its position as series.module.lesson (the concept is traced to no lesson)"),
                loaded.diagnostics().stream().map(Diagnostic::format).filter(d -> d.contains("record.md")).toList());
    }

    @Test
    void aConceptIndexWithANumberColumnOrItsLessonColumnNamedTaughtInIsRead(@TempDir Path root) throws IOException {
        Loading.Loaded loaded = withIndex(root, """
                | # | Concept | Depth | Taught In | Notes |
                |---|---|---|---|---|
                | 1 | Zero initialization | DEVELOPED | controlnet | first time |
                | 2 | Cross-attention (decoupled) | INTRODUCED | ip-adapter | |
                """);

        ModuleRecord record = loaded.content().moduleRecord("7.1").orElseThrow();
        assertEquals(List.of("Zero initialization DEVELOPED [controlnet]", "Cross-attention INTRODUCED [ip-adapter]"),
                record.concepts().stream().map(c -> c.name() + " " + c.depth().orElseThrow() + " "
                        + c.lessons().stream().map(ref -> ref.slug().orElseThrow()).toList()).toList());
        assertEquals(List.of(), loaded.diagnostics().stream().map(Diagnostic::format).filter(d -> d.contains("record.md"))
                .toList());
    }

    @Test
    void theVerdictsOfEachLessonsSummaryAreReadFromItsStatusAndItsReviewHistory(@TempDir Path root) throws IOException {
        Loading.Loaded loaded = withIndex(root, """
                | Concept | Depth | Lesson | Notes |
                |---|---|---|---|
                | Zero initialization | DEVELOPED | controlnet | first time |

                ## Per-Lesson Summaries

                ### controlnet (Lesson 1)
                **Status:** Built, reviewed (PASS on iteration 3)

                **Review history:**
                - Iteration 1: MAJOR REVISION--1 critical
                - Iteration 2: NEEDS REVISION -- 2 improvements
                - Later: PASS, according to nobody

                ### Not a slug (Lesson 2)
                **Status:** Built, reviewed (PASS on iteration 1)
                """);

        assertEquals(List.of("controlnet 3 PASS @12", "controlnet 1 MAJOR_REVISION @15", "controlnet 2 NEEDS_REVISION @16"),
                loaded.content().moduleRecord("7.1").orElseThrow().verdicts().stream()
                        .map(v -> v.slug() + " " + v.iteration() + " " + v.kind() + " @" + v.line()).toList());
    }
}
