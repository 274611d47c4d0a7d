package dev.lectern.validate;

import static dev.lectern.validate.ContentTree.CONSISTENCY_MODELS;
import static dev.lectern.validate.ContentTree.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * position-mismatch: the seed's position against module 7.3's plan and the module's other lesson;
 * not-in-plan: a lesson of module 7.3 that its plan does not list.
 */
class ModulePositionsTest {
    private static final String POSITION = "Lesson 7 of 11 in series, Lesson 2 of 3 in module";

    @Test
    void theSeedsPositionAgreesWithThePlanAndTheFirstLesson(@TempDir Path dir) {
        assertEquals(List.of(), ContentTree.seedModule(dir).withConsistencyModels().check(new ModulePositions()));
    }

    @Test
    void reportsAPositionThePlanGivesAnotherLessonNumber(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, POSITION, "Lesson 7 of 11 in series, Lesson 3 of 3 in module");
        assertEquals(List.of(SEED + ":4:84: warning[position-mismatch]: the position says lesson 3, but module 7.3's "
                + "plan has 'latent-consistency-and-turbo' as lesson 2 (series-7/module-7-3/plan.md:19)"),
                tree.check(new ModulePositions()));
    }

    @Test
    void theSeedsSeriesPositionAgreesWithASeriesPlanThatListsOnlySomeOfTheSeries(@TempDir Path dir) {
        // the plan numbers lessons 6 to 8 of the series: of 11 is more than it lists, no contradiction
        assertEquals(List.of(), ContentTree.seedModule(dir).fromContent("series-7/plan.md").check(new ModulePositions()));
    }

    @Test
    void reportsASeriesPositionTheSeriesPlanNumbersOtherwiseOrATotalBelowItsHighestNumber(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).fromContent("series-7/plan.md")
                .change(SEED, POSITION, "Lesson 6 of 11 in series, Lesson 2 of 3 in module")
                .change("series-7/plan.md", "| 8 | the-speed-landscape |", "| 12 | the-speed-landscape |");
        assertEquals(List.of(SEED + ":4:84: warning[position-mismatch]: the position says lesson 6 in series, but the "
                        + "series plan has 'latent-consistency-and-turbo' as lesson 7 (series-7/plan.md:25)",
                SEED + ":4:84: warning[position-mismatch]: the position says of 11 in series, but the series plan "
                        + "numbers 'the-speed-landscape' lesson 12 (series-7/plan.md:26)"),
                tree.check(new ModulePositions()));
    }

    @Test
    void reportsATotalThatIsNotTheNumberOfPlannedLessons(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, POSITION, "Lesson 7 of 11 in series, Lesson 2 of 4 in module");
        assertEquals(List.of(SEED + ":4:84: warning[position-mismatch]: the position says of 4, but module 7.3's plan "
                + "(series-7/module-7-3/plan.md) lists 3 lessons"), tree.check(new ModulePositions()));
    }

    @Test
    void anOpenTotalOnlyNeedsThatManyPlannedLessons(@TempDir Path dir) {
        ContentTree fits = ContentTree.seedModule(dir)
                .change(SEED, POSITION, "Lesson 7 of 11 in series, Lesson 2 of 2+ in module");
        assertEquals(List.of(), fits.check(new ModulePositions()));
        fits.change(SEED, "Lesson 2 of 2+ in module", "Lesson 2 of 4+ in module");
        assertEquals(List.of(SEED + ":4:84: warning[position-mismatch]: the position says of 4+, but module 7.3's plan "
                + "(series-7/module-7-3/plan.md) lists 3 lessons"), fits.check(new ModulePositions()));
    }

    @Test
    void reportsTwoWrittenLessonsClaimingOnePositionOnTheSecond(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir).withConsistencyModels()
                .change(CONSISTENCY_MODELS, "Lesson 1 of 3 in module", "Lesson 2 of 3 in module");
        assertEquals(List.of(
                CONSISTENCY_MODELS + ":4:84: warning[position-mismatch]: the position says lesson 2, but module 7.3's "
                        + "plan has 'consistency-models' as lesson 1 (series-7/module-7-3/plan.md:18)",
                SEED + ":4:84: warning[position-mismatch]: lesson 2 of module 7.3 is also " + CONSISTENCY_MODELS),
                tree.check(new ModulePositions()));
    }

    @Test
    void reportsALessonWhoseModulesPlanDoesNotListItAtItsModuleField(@TempDir Path dir) {
        ContentTree tree = ContentTree.seedModule(dir)
                .change(SEED, "`latent-consistency-and-turbo`", "`latent-consistency`");
        assertEquals(List.of(SEED + ":4:47: warning[not-in-plan]: module 7.3's plan (series-7/module-7-3/plan.md) "
                + "does not list 'latent-consistency'; it lists consistency-models, latent-consistency-and-turbo, "
                + "the-speed-landscape. Add the lesson to the plan, or correct its slug or module"),
                tree.check(new ModulePositions()));
    }
}
