package dev.lectern.validate;

import static dev.lectern.validate.ContentTree.CONSISTENCY_MODELS;
import static dev.lectern.validate.ContentTree.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** course-status-mismatch: content/course.md's module 7.3 (active) against the seed, which passed its second review. */
class CourseStatusesTest {
    private static final String COURSE = "course.md";
    private static final String ROW = "| 1 of 3 | active |";

    private static ContentTree course(Path dir) {
        return ContentTree.seedModule(dir).fromContent(COURSE);
    }

    @Test
    void anActiveModuleAndACompleteOneWhoseLessonsHereAllPassedAreNotReported(@TempDir Path dir) {
        assertEquals(List.of(), course(dir).check(new CourseStatuses()));
        assertEquals(List.of(), course(dir).change(COURSE, ROW, "| 1 of 3 | complete |").check(new CourseStatuses()));
    }

    @Test
    void aCompleteModuleIsReportedAtItsStatusNamingEachLessonWithoutAPassAndItsLatestVerdict(@TempDir Path dir) {
        ContentTree tree = course(dir).withConsistencyModels().change(COURSE, ROW, "| 1 of 3 | Completed |")
                .change(SEED, "### Verdict: PASS", "### Verdict: NEEDS REVISION");
        assertEquals(List.of("course.md:16:36: warning[course-status-mismatch]: module 7.3 is 'Completed', but 2 of its "
                + "2 lessons in the content have no PASS verdict: 'consistency-models' (not reviewed, " + CONSISTENCY_MODELS
                + "), 'latent-consistency-and-turbo' (latest verdict NEEDS REVISION, " + SEED + ":538); the status "
                + "should wait until they pass"), tree.check(new CourseStatuses()));
    }
}
