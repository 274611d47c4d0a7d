package dev.lectern.validate;

import java.util.List;

/** The checks for pedagogical design tables, reviews, checklists, and text (em dashes, lesson links). */
final class ReviewAndTextRules {

    private ReviewAndTextRules() {
    }

    static List<CourseCheck> checks() {
        return List.of(
                new TooFewModalities(),
                new TooFewExamples(),
                new TooFewMisconceptions(),
                new ReviewCounts(),
                new VerdictConsistency(),
                new IterationSequence(),
                new UnresolvedFindings(),
                new OpenCriticals(),
                new UncheckedItems(),
                new SpacedEmDashes(),
                new LessonLinks());
    }
}
