package dev.lectern.validate;

import java.util.List;

/** The checks for pedagogical design tables, reviews, checklists, and text (em dashes, lesson links). */
final class ReviewAndTextRules {

    private ReviewAndTextRules() {
    }

    static List<CourseCheck> checks() {
        return List.of(
                PerLesson.of(new TooFewModalities()),
                PerLesson.of(new TooFewExamples()),
                PerLesson.of(new TooFewMisconceptions()),
                PerLesson.of(new ReviewCounts()),
                PerLesson.of(new VerdictConsistency()),
                PerLesson.of(new IterationSequence()),
                PerLesson.of(new UnresolvedFindings()),
                PerLesson.of(new OpenCriticals()),
                PerLesson.of(new SpacedEmDashes()),
                new LessonLinks());
    }
}
