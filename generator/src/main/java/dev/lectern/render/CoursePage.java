package dev.lectern.render;

import dev.lectern.model.Inline;
import java.util.List;
import java.util.Optional;

/** The course index: series, their modules, and each module's lessons in plan order. */
public record CoursePage(String root, String page, String title, List<SeriesView> series,
                         List<LessonEntry> otherLessons, int lessonCount, int plannedCount, PageHtml html) {

    /** The model alone, without the object templates call for markup, to compare two pages' models. */
    CoursePage withoutMarkup() {
        return new CoursePage(root, page, title, series, otherLessons, lessonCount, plannedCount, null);
    }

    /** A series; {@code label} is {@code Series 7}, or {@code Other modules} for modules of no known series. */
    public record SeriesView(String id, String label, String title, String status, Optional<Inline> description,
                             List<ModuleView> modules) {
    }

    /** A module; {@code lessons} is the course table's count as written ({@code 4 of 4}), if any. */
    public record ModuleView(String id, String title, String status, String lessons, List<LessonEntry> entries) {
    }

    /**
     * A lesson, present or only planned. {@code dir} is its folder under {@code lessons/}, empty for a
     * planned lesson (no pages); {@code verdict} is the latest review's verdict as written.
     * {@code reportId} is the lesson's anchor in the validation report and {@code notice} what the
     * report holds for it ({@code 2 warnings; 1 open review finding}); both empty when it holds nothing.
     */
    public record LessonEntry(String slug, String title, String dir, boolean present, String planStatus,
                              String verdict, String verdictClass, String position, String reportId,
                              String notice) {
    }
}
