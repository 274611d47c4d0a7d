package dev.lectern.validate;

import java.util.List;

/**
 * The checks for lesson structure and the prerequisite audit (metadata, slugs, positions, load,
 * prerequisites traced against module records). {@link LessonReferences} (prereq-unknown-lesson,
 * lesson-not-written) belongs here too; {@link Validator} adds it first.
 */
final class StructureRules {

    private StructureRules() {
    }

    static List<CourseCheck> checks() {
        return List.of(
                PerLesson.of(new MetadataCompleteness()),   // missing-metadata
                new SlugConsistency(),        // slug-mismatch, duplicate-slug
                new ModulePositions(),        // position-mismatch
                PerLesson.of(new PrerequisiteStatuses()),   // prereq-status-mismatch
                PerLesson.of(new GapResolutions()),         // gap-without-resolution
                new PrerequisiteTraces(),     // prereq-untraced
                PerLesson.of(new NewConceptCount()),        // cognitive-load-exceeded
                new StretchSequence());       // stretch-after-stretch
    }
}
