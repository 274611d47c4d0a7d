package dev.lectern.validate;

import static dev.lectern.validate.ContentTree.RECORD;
import static dev.lectern.validate.ContentTree.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.LessonRef;
import dev.lectern.model.CourseContent;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * prereq-untraced: the seed's prerequisites from consistency-models against module 7.3's record,
 * with consistency-models written (a stand-in) so that they are traced at all.
 */
class PrerequisiteTracesTest {
    private static final String FUNCTION_ROW = "| Consistency function f(x_t, t) = x_0 | INTRODUCED | DEVELOPED |";
    private static final String FUNCTION_RECORD = "| Consistency function f(x_t, t) = x_0 | DEVELOPED | consistency-models |";

    @Test
    void everySeedPrerequisiteFromAWrittenLessonIsInTheRecord(@TempDir Path dir) {
        assertEquals(List.of(), untraced(ContentTree.seedModule(dir).withConsistencyModels()));
    }

    @Test
    void reportsAnActualDepthAboveTheRecordsWithTheClosestRow(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels()
                .change(SEED, FUNCTION_ROW, "| Consistency function f(x_t, t) = x_0 | INTRODUCED | APPLIED |");
        assertEquals(List.of(SEED + ":80:65: warning[prereq-untraced]: 'Consistency function f(x_t, t) = x_0' at APPLIED "
                + "is not in module 7.3's record for consistency-models; closest: 'Consistency function f(x_t, t) = x_0' "
                + "DEVELOPED (series-7/module-7-3/record.md:12)"), untraced(tree));
    }

    @Test
    void reportsARecordThatListsTheConceptLowerThanClaimed(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels().change(RECORD, FUNCTION_RECORD,
                "| Consistency function f(x_t, t) = x_0 | INTRODUCED | consistency-models |");
        assertEquals(List.of(SEED + ":80:67: warning[prereq-untraced]: 'Consistency function f(x_t, t) = x_0' at "
                + "DEVELOPED is not in module 7.3's record for consistency-models; closest: 'Consistency function "
                + "f(x_t, t) = x_0' INTRODUCED (series-7/module-7-3/record.md:12)"), untraced(tree));
    }

    /** By its slug, or by its position in the module plan (7.3.2 is latent-consistency-and-turbo). */
    @ParameterizedTest
    @ValueSource(strings = {"latent-consistency-and-turbo", "7.3.2"})
    void aRecordRowOfAnotherLessonDoesNotTraceIt(String lesson, @TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels().change(RECORD, FUNCTION_RECORD,
                "| Consistency function f(x_t, t) = x_0 | DEVELOPED | " + lesson + " |");
        assertEquals(List.of(SEED + ":80:67: warning[prereq-untraced]: 'Consistency function f(x_t, t) = x_0' at "
                + "DEVELOPED is not in module 7.3's record for consistency-models; closest: 'Consistency distillation' "
                + "DEVELOPED (series-7/module-7-3/record.md:10)"), untraced(tree));
    }

    private static List<String> untraced(ContentTree tree) {
        return tree.check(new PrerequisiteTraces()).stream().filter(d -> d.contains("[prereq-untraced]")).toList();
    }

    private static List<String> notTraceable(ContentTree tree) {
        return tree.check(new PrerequisiteTraces()).stream().filter(d -> d.contains("[prereq-not-traceable]")).toList();
    }

    @Test
    void eachRowFromALessonThatIsNotWrittenIsReportedAsNotTraceableNotAsTraced(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, FUNCTION_ROW, "| Consistency function f(x_t, t) = x_0 | INTRODUCED | APPLIED |");
        List<String> notTraceable = notTraceable(tree);

        assertEquals(List.of(), untraced(tree));
        assertEquals(11, notTraceable.size()); // every row of the table has an actual depth
        assertEquals(SEED + ":80:65: info[prereq-not-traceable]: 'Consistency function f(x_t, t) = x_0' at APPLIED cannot "
                + "be traced: its source lesson 'consistency-models' is not in the content", notTraceable.get(2));
    }

    @Test
    void aRowFromALessonOfAModuleWithoutAPlanOrRecordIsNotTraceable(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels().change(SEED, FUNCTION_ROW + " consistency-models (7.3.1)",
                FUNCTION_ROW + " 6.4.2");
        assertEquals(List.of(SEED + ":80:67: info[prereq-not-traceable]: 'Consistency function f(x_t, t) = x_0' at "
                + "DEVELOPED cannot be traced: 6.4.2 is a lesson of module 6.4, whose plan and record are not in the "
                + "content"), notTraceable(tree).stream().filter(d -> d.contains(":80:")).toList());
    }

    @Test
    void aRowWithASecondSourceOutsideTheContentIsTracedByTheRecordOfTheFirst(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels().change(SEED,
                FUNCTION_ROW + " consistency-models (7.3.1)", FUNCTION_ROW + " consistency-models (7.3.1), 6.4.2");
        assertEquals(List.of(), tree.check(new PrerequisiteTraces()).stream().filter(d -> d.contains(":80:")).toList());
    }

    @Test
    void aRowWithASecondSourceOutsideTheContentSaysWhatTheFirstSourcesRecordLacks(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels().change(SEED,
                FUNCTION_ROW + " consistency-models (7.3.1)", "| Consistency function f(x_t, t) = x_0 | INTRODUCED | "
                        + "APPLIED | consistency-models (7.3.1), 6.4.2");
        assertEquals(List.of(SEED + ":80:65: info[prereq-not-traceable]: 'Consistency function f(x_t, t) = x_0' at "
                + "APPLIED cannot be traced: 6.4.2 is a lesson of module 6.4, whose plan and record are not in the "
                + "content, and it is not in module 7.3's record for consistency-models; closest: 'Consistency function "
                + "f(x_t, t) = x_0' DEVELOPED (series-7/module-7-3/record.md:12)"),
                tree.check(new PrerequisiteTraces()).stream().filter(d -> d.contains(":80:")).toList());
    }

    @Test
    void anUntracedConceptQuotesTheRecordsSummaryOfTheSourceLessonWhereItMentionsIt(@TempDir Path dir) {
        ContentTree tree = withoutFunctionRowButASummary(dir,
                "Self-consistency. The consistency function maps any noisy point to x_0--one step.");
        assertEquals(List.of(SEED + ":80:67: warning[prereq-untraced]: 'Consistency function f(x_t, t) = x_0' at "
                + "DEVELOPED is not in module 7.3's record for consistency-models; closest: 'Consistency distillation' "
                + "DEVELOPED (series-7/module-7-3/record.md:10); the record's summary of consistency-models mentions it "
                + "(series-7/module-7-3/record.md:26: 'The consistency function maps any noisy point to x_0')"),
                untraced(tree));
    }

    @Test
    void aSummaryHeadingThatNamesOneWordOfTheConceptIsNoMention(@TempDir Path dir) {
        ContentTree tree = withoutFunctionRowButASummary(dir, "**Functions taught:**");
        assertEquals(1, untraced(tree).size());
        assertEquals(false, untraced(tree).get(0).contains("summary"), untraced(tree).get(0));
    }

    /** The record without its row of the consistency function, with a summary of consistency-models. */
    private static ContentTree withoutFunctionRowButASummary(Path dir, String summary) {
        return ContentTree.seedModule(dir).withConsistencyModels()
                .change(RECORD, FUNCTION_RECORD + " One evaluation instead of multi-step ODE solving; boundary condition "
                        + "f(x, epsilon) = x. |\n", "")
                .change(RECORD, "### latent-consistency-and-turbo (Lesson 2)", "### consistency-models (Lesson 1)\n\n"
                        + summary + "\n\n### latent-consistency-and-turbo (Lesson 2)");
    }

    @Test
    void aRowWhoseSourceNamesNoLessonIsNotTraceable(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels().change(SEED, FUNCTION_ROW + " consistency-models (7.3.1)",
                FUNCTION_ROW + " Prior education");
        assertEquals(List.of(SEED + ":80:67: info[prereq-not-traceable]: 'Consistency function f(x_t, t) = x_0' at "
                + "DEVELOPED cannot be traced: its source ('Prior education') names no lesson"),
                notTraceable(tree).stream().filter(d -> d.contains(":80:")).toList());
    }

    @Test
    void aBareLessonNumberIsResolvedThroughTheModulePlan(@TempDir Path dir) {
        CourseContent content = ContentTree.seedModule(dir).load();
        assertEquals(Optional.of("consistency-models"),
                PrerequisiteTraces.sourceSlug(new LessonRef(Optional.empty(), Optional.of("7.3"), Optional.of(1)), content));
        assertEquals(Optional.empty(),
                PrerequisiteTraces.sourceSlug(new LessonRef(Optional.empty(), Optional.of("7.3"), Optional.of(4)), content));
    }

    @Test
    void aRecordRowNamingTheSourceLessonByItsPositionTracesIt(@TempDir Path dir) {
        ContentTree byPosition = ContentTree.seedModule(dir).withConsistencyModels().change(RECORD, FUNCTION_RECORD,
                "| Consistency function f(x_t, t) = x_0 | DEVELOPED | 7.3.1 |");
        assertEquals(List.of(), untraced(byPosition));
    }

    @Test
    void namesMatchWhenTheShorterOneIsMostlyShared() {
        assertEquals(true, PrerequisiteTraces.names(ConceptNames.words("Parameters = learnable values"),
                ConceptNames.words("Parameters (weight, bias)"), ConceptNames.allWords("Parameters (weight, bias)")));
        assertEquals(false, PrerequisiteTraces.names(ConceptNames.words("ControlNet architecture"),
                ConceptNames.words("Trainable encoder copy architecture"),
                ConceptNames.allWords("Trainable encoder copy architecture")));
        String positioning = "SD3 vs Flux architectural positioning (both MMDiT family; Flux uses single-stream blocks "
                + "in later layers)";
        assertEquals(true, PrerequisiteTraces.names(ConceptNames.words("Flux single-stream blocks in later layers"),
                ConceptNames.words(positioning), ConceptNames.allWords(positioning)));
    }
    @Test
    void aConceptNamedAfterItsSourceLessonIsMatchedWithoutTheLessonsName() {
        Set<String> architecture = PrerequisiteTraces.withoutLessonName(ConceptNames.words("ControlNet architecture"),
                "controlnet");
        String copy = "Trainable encoder copy architecture (clone the frozen U-Net encoder)";
        assertEquals(Set.of("architecture"), architecture);
        assertEquals(true, PrerequisiteTraces.names(architecture, ConceptNames.words(copy), ConceptNames.allWords(copy)));
        // what the lesson's rows do not teach stays untraced
        String coexistence = "ControlNet coexistence with text conditioning (adds WHERE without replacing WHAT)";
        assertEquals(false, PrerequisiteTraces.names(PrerequisiteTraces.withoutLessonName(
                ConceptNames.words("ControlNet conditioning scale"), "controlnet"), ConceptNames.words(coexistence),
                ConceptNames.allWords(coexistence)));
        assertEquals(Set.of(), PrerequisiteTraces.withoutLessonName(ConceptNames.words("ControlNet"), "controlnet"));
        assertEquals(Set.of(), PrerequisiteTraces.withoutLessonName(ConceptNames.words("Zero convolution"), "controlnet"));
    }
}
