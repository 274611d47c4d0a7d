package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonRef;
import dev.lectern.model.LessonMetadata.Ordinal;
import dev.lectern.model.Located;
import dev.lectern.model.ModulePlan;
import dev.lectern.model.ModuleRecord;
import dev.lectern.testing.Repo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real course corpus, written by many hands: everything loads and the metadata is read. */
class CorpusTest {
    private static Loading.Loaded corpus;

    @BeforeAll
    static void loadCorpus() {
        corpus = Loading.load(Repo.corpus());
    }

    @Test
    void loadsEveryFileWithoutLeavingAnyOut() {
        assertEquals(18, corpus.content().lessons().size());
        assertEquals(5, corpus.content().modulePlans().size());
        assertEquals(5, corpus.content().moduleRecords().size());
        assertEquals(1, corpus.content().seriesPlans().size());
        assertTrue(corpus.content().course().isPresent());
        assertEquals(List.of(), corpus.diagnostics().stream().filter(d -> d.severity().name().equals("ERROR"))
                .map(Diagnostic::format).toList());
    }

    @Test
    void everyDiagnosticIsLocatedInAContentFile() {
        for (Diagnostic d : corpus.diagnostics()) {
            assertTrue(d.line() > 0 || d.rule().equals("unknown-file"), d.format());
            assertTrue(d.file().endsWith(".md"), d.format());
        }
    }

    @Test
    void slugIsTheFileNameAndModuleIsTheFolderForAllEighteenLessons() {
        for (Lesson lesson : corpus.content().lessons()) {
            assertEquals(lesson.fileSlug(), lesson.slug(), lesson.file());
            assertEquals(lesson.folderModuleId(), lesson.moduleId(), lesson.file());
        }
    }

    @Test
    void readsPositionsWhereTheyAreStated() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("what-is-learning", "1/6 -"), Map.entry("linear-regression", "2/6 -"),
                Map.entry("loss-functions", "3/6 -"), Map.entry("gradient-descent", "4/6 -"),
                Map.entry("learning-rate", "5/6 -"), Map.entry("implementing-linear-regression", "6/6 -"),
                Map.entry("controlnet", "1/3 1/11"), Map.entry("controlnet-in-practice", "2/3 2/11"),
                Map.entry("ip-adapter", "3/3 -"), Map.entry("score-functions-and-sdes", "1/2 4/11"),
                Map.entry("flow-matching", "2/2 5/11"), Map.entry("consistency-models", "1/3 6/11"),
                Map.entry("latent-consistency-and-turbo", "2/3 7/11"), Map.entry("the-speed-landscape", "3/3 -"),
                Map.entry("sdxl", "1/3 9/11"), Map.entry("diffusion-transformers", "2/3 10/11"),
                Map.entry("sd3-and-flux", "3/3 11/11"), Map.entry("z-image", "4/4 12/12")));
        Map<String, String> actual = new TreeMap<>(corpus.content().lessons().stream().collect(Collectors.toMap(
                Lesson::slug, l -> {
                    var position = l.metadata().position().orElseThrow(() -> new AssertionError(l.file()));
                    return ordinal(position.inModule()) + " " + ordinal(position.inSeries());
                })));
        assertEquals(expected, actual);
    }

    private static String ordinal(Optional<Ordinal> ordinal) {
        return ordinal.map(o -> o.index() + "/" + o.total().map(String::valueOf).orElse("?")).orElse("-");
    }

    @Test
    void readsCognitiveLoadFromEitherKey() {
        Map<String, String> loads = corpus.content().lessons().stream()
                .filter(l -> l.metadata().cognitiveLoad().isPresent())
                .collect(Collectors.toMap(Lesson::slug, l -> l.metadata().cognitiveLoad().map(Located::value)
                        .orElseThrow().name()));
        assertEquals("BUILD", loads.get("ip-adapter")); // **Cognitive load type:** BUILD
        assertEquals("CONSOLIDATE", loads.get("the-speed-landscape")); // **Type:** CONSOLIDATE (...)
        assertEquals("STRETCH", loads.get("consistency-models"));
    }

    @Test
    void modulePlansListTheirLessonsInOrder() {
        ModulePlan fastGeneration = corpus.content().modulePlan("7.3").orElseThrow();
        assertEquals(List.of("consistency-models", "latent-consistency-and-turbo", "the-speed-landscape"),
                fastGeneration.lessons().stream().map(ModulePlan.PlannedLesson::slug).toList());
        assertEquals(Optional.of("Fast Generation"), fastGeneration.title().map(t -> t.plain()));
        ModulePlan learningProblem = corpus.content().modulePlan("1.1").orElseThrow();
        assertEquals(List.of(1, 2, 3, 4, 5, 6),
                learningProblem.lessons().stream().map(ModulePlan.PlannedLesson::position).toList());
    }

    @Test
    void moduleRecordsReadTheirConceptIndex() {
        ModuleRecord record = corpus.content().moduleRecord("7.3").orElseThrow();
        ModuleRecord.ConceptEntry first = record.concepts().get(0);
        assertEquals("Self-consistency property of ODE trajectories", first.name());
        assertEquals(List.of(new LessonRef(Optional.of("consistency-models"), Optional.empty(), Optional.empty())),
                first.lessons());
        assertEquals(Optional.of(dev.lectern.model.Depth.DEVELOPED), first.depth());
        assertEquals(10, first.line());
    }

    @Test
    void courseReadsItsSeriesAndModuleTables() {
        var course = corpus.content().course().orElseThrow();
        assertEquals(8, course.series().size());
        assertEquals("Post-SD Advances", course.series().get(6).title());
        var fast = course.modules().stream().filter(m -> m.id().equals("7.3")).findFirst().orElseThrow();
        assertEquals("3 of 3", fast.lessons());
        var open = course.modules().stream().filter(m -> m.id().equals("8.3")).findFirst().orElseThrow();
        assertEquals("1 of ?", open.lessons());
    }

    @Test
    void reviewsAreReadInEveryLessonThatHasThem() {
        long reviews = corpus.content().lessons().stream().mapToLong(l -> l.reviews().size()).sum();
        long findings = corpus.content().lessons().stream().flatMap(l -> l.reviews().stream())
                .mapToLong(r -> r.findings().size()).sum();
        assertEquals(41, reviews);
        assertTrue(findings > 100, "findings: " + findings);
        assertTrue(corpus.content().lessons().stream().flatMap(l -> l.reviews().stream())
                .allMatch(r -> r.verdict().isPresent()));
    }
}
