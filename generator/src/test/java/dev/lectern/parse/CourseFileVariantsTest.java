package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Course;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Inline;
import dev.lectern.model.ModulePlan;
import dev.lectern.model.ModuleRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** course.md and module plans as other authors write them: read, or reported; never a failed file. */
class CourseFileVariantsTest {

    private static Loading.Loaded load(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return Loading.load(root);
    }

    private static List<String> diagnostics(Loading.Loaded loaded) {
        return loaded.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void noBreakSpacesAroundACellAreNoPartOfASlugOrStatus(@TempDir Path root) throws IOException {
        Loading.Loaded loaded = load(root, "series-7/module-7-3/plan.md", """
                # Module 7.3: Fast Generation

                ## Lesson Sequence

                | # | Lesson | Focus | Load | Status |
                |---|---|---|---|---|
                | 1 |\u00a0consistency-models\u00a0| Self-consistency | STRETCH |\u00a0Built\u00a0|
                """);
        ModulePlan plan = loaded.content().modulePlan("7.3").orElseThrow();
        assertEquals(List.of("consistency-models Optional[Built]"),
                plan.lessons().stream().map(l -> l.slug() + " " + l.status()).toList());
        Loading.Loaded course = load(root, "course.md", """
                # Course

                | Module | Title | Lessons | Status |
                |---|---|---|---|
                | 7.3 | Fast Generation | 2/3 |\u00a0active\u00a0|
                """);
        assertEquals(List.of("active"), course.content().course().orElseThrow().modules().stream()
                .map(m -> m.status().plain()).toList());
    }

    @Test
    void aPlanTitledByItsKindFirstNamesTheModuleAfterItsNumberOrNone(@TempDir Path root) throws IOException {
        String sequence = "\n\n| # | Lesson | Focus |\n|---|---|---|\n| 1 | consistency-models | Self-consistency |\n";
        assertEquals(Optional.of("Fast Generation"), load(root, "series-7/module-7-3/plan.md",
                "# Plan: Module 7.3 -- Fast Generation" + sequence).content().modulePlan("7.3").orElseThrow().title()
                .map(Inline::markdown));
        assertEquals(Optional.empty(), load(root, "series-7/module-7-3/plan.md", "# Plan: Module 7.3" + sequence)
                .content().modulePlan("7.3").orElseThrow().title());
    }

    @Test
    void aNoBreakSpaceAroundTheDashBeforeAPlansKindLeavesTheKindOutOfTheModuleTitle(@TempDir Path root) throws IOException {
        String sequence = "\n\n| # | Lesson | Focus |\n|---|---|---|\n| 1 | consistency-models | Self-consistency |\n";
        assertEquals(Optional.of("Fast Generation"), load(root, "series-7/module-7-3/plan.md",
                "# Module 7.3:\u00a0Fast Generation\u00a0--\u00a0Plan" + sequence).content().modulePlan("7.3").orElseThrow()
                .title().map(Inline::markdown));
    }

    @Test
    void aLessonSequenceWithAFocusAndALoadColumnIsRead(@TempDir Path root) throws IOException {
        Loading.Loaded loaded = load(root, "series-7/module-7-3/plan.md", """
                # Module 7.3: Fast Generation

                ## Lesson Sequence

                | # | Lesson | Focus | Load |
                |---|---|---|---|
                | 1 | consistency-models | Self-consistency | STRETCH |
                | 2 | latent-consistency-and-turbo | LCM and ADD | BUILD |
                """);
        ModulePlan plan = loaded.content().modulePlan("7.3").orElseThrow();
        assertEquals(List.of("1 consistency-models", "2 latent-consistency-and-turbo"),
                plan.lessons().stream().map(l -> l.position() + " " + l.slug()).toList());
        assertEquals(List.of(), diagnostics(loaded));
    }

    @Test
    void numbersTooLongForAnIntegerInCourseTablesAreReportedOrLeftUnreadNotAFailedFile(@TempDir Path root)
            throws IOException {
        Loading.Loaded loaded = load(root, "course.md", """
                # Course

                ## Series

                | Series | Title | Status | Description |
                |---|---|---|---|
                | 99999999999 | Too many | Planned | x |
                | 7 | Post-SD Advances | Done | y |

                ## Module Status

                | Module | Title | Lessons | Status |
                |---|---|---|---|
                | 7.3 | Fast Generation | 99999999999 of 3 | Done |
                """);
        Course course = loaded.content().course().orElseThrow();
        assertEquals(List.of(7), course.series().stream().map(Course.SeriesEntry::number).toList());
        assertEquals(List.of("99999999999 of 3"), course.modules().stream().map(Course.ModuleEntry::lessons).toList());
        assertEquals(List.of("course.md:7:3: warning[malformed-table]: '99999999999' is not a series number"),
                diagnostics(loaded));
    }

    @Test
    void courseTablesWithNameColumnsNumberedRowsAndNumbersAfterTheirWordAreRead(@TempDir Path root)
            throws IOException {
        Loading.Loaded loaded = load(root, "course.md", """
                # Course: Deep Learning

                ## Series

                | # | Series | Status | Description |
                |---|---|---|---|
                | 1 | Foundations | complete | Networks |
                | Series\u00a07 | Post-SD Advances | active | ControlNet |

                ## Module Status

                | Module | Name | Lesson Count | Status |
                |---|---|---|---|
                | Module 1.1 | The Learning Problem | 6 | complete |
                | 7.3 | Fast Generation | 2/3 | active |
                """);
        Course course = loaded.content().course().orElseThrow();
        assertEquals(List.of("1 Foundations complete Networks", "7 Post-SD Advances active ControlNet"), course.series()
                .stream().map(s -> s.number() + " " + s.title() + " " + s.status() + " " + s.description().markdown()).toList());
        assertEquals(List.of("1.1 The Learning Problem 6 complete", "7.3 Fast Generation 2/3 active"),
                course.modules().stream().map(m -> m.id() + " " + m.title() + " " + m.lessons() + " " + m.status().plain()).toList());
        assertEquals(List.of(), diagnostics(loaded));
    }

    @Test
    void aLessonSequenceWithATopicAndACognitiveLoadColumnIsRead(@TempDir Path root) throws IOException {
        Loading.Loaded loaded = load(root, "series-7/module-7-3/plan.md", """
                # Module 7.3: Fast Generation

                ## Lesson Sequence

                | # | Lesson | Topic | Cognitive Load |
                |---|---|---|---|
                | 1 | consistency-models | Self-consistency | STRETCH |
                | 2 | latent-consistency-and-turbo | LCM and ADD | BUILD |
                """);
        assertEquals(List.of("consistency-models Self-consistency Optional[STRETCH]",
                "latent-consistency-and-turbo LCM and ADD Optional[BUILD]"), loaded.content().modulePlan("7.3").orElseThrow()
                .lessons().stream().map(l -> l.slug() + " " + l.coreConcept().markdown() + " " + l.type()).toList());
        assertEquals(List.of(), diagnostics(loaded));
    }

    @Test
    void aConceptIndexWithItsLessonFirstALevelColumnOrCommentsIsRead(@TempDir Path root) throws IOException {
        Loading.Loaded loaded = load(root, "series-7/module-7-3/record.md", """
                # Module 7.3: Fast Generation -- Record

                ## Concept Index

                | Introduced In | Concept | Level | Comments |
                |---|---|---|---|
                | consistency-models | Self-consistency (any two points map to one end) | DEVELOPED | Trajectory diagram |
                """);
        ModuleRecord.ConceptEntry entry = loaded.content().moduleRecord("7.3").orElseThrow().concepts().get(0);
        assertEquals(List.of("Self-consistency", "Optional[DEVELOPED]", "[consistency-models]", "Trajectory diagram"),
                List.of(entry.name(), entry.depth().toString(),
                        entry.lessons().stream().map(ref -> ref.slug().orElseThrow()).toList().toString(),
                        entry.notes().markdown()));
        assertEquals(List.of(), diagnostics(loaded));
    }
}
