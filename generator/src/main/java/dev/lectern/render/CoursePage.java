package dev.lectern.render;

import dev.lectern.model.Inline;
import java.util.List;
import java.util.Optional;

/** The course index: series, their modules, and each module's lessons in plan order. */
public record CoursePage(String root, String page, String title, List<SeriesView> series,
                         List<LessonEntry> otherLessons, int lessonCount, int draftCount, int plannedCount,
                         PageHtml html) {

    /** The model alone, without the object templates call for markup, to compare two pages' models. */
    CoursePage withoutMarkup() {
        return new CoursePage(root, page, title, series, otherLessons, lessonCount, draftCount, plannedCount, null);
    }

    /** A series; {@code label} is {@code Series 7}, or {@code Other modules} for modules of no known series. */
    public record SeriesView(String id, String label, String title, String status, Optional<Inline> description,
                             String href, List<ModuleView> modules) {
    }

    /**
     * A module; {@code lessons} is the course table's count as written ({@code 4 of 4}), if any;
     * {@code href} its page, relative to {@code lessons/}.
     */
    public record ModuleView(String id, String title, String status, String lessons, String href,
                             List<LessonEntry> entries) {
    }

    /**
     * A lesson as students see it (no verdicts or diagnostics: those are the authors' pages'): {@code present}
     * when they are shown it (a link), a {@code draft} when it is written but not yet shown to them (not
     * publishable: "in preparation", no link), else only planned. {@code dir} is its folder under
     * {@code lessons/}, empty for a planned lesson (no pages); {@code summary} is the plan's one line on
     * the lesson (its core concept), if the plan names it.
     */
    public record LessonEntry(String title, String dir, boolean present, boolean draft, Optional<Inline> summary) {
        public LessonEntry {
            if (present && draft) {
                throw new IllegalArgumentException("a lesson students are shown is not a draft to them: " + dir);
            }
        }
    }
}
