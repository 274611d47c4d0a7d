package dev.lectern.render;

import java.util.List;
import java.util.Optional;

/**
 * Where a lesson sits in the course, for its student page; every {@code href} is relative to the
 * lesson's folder.
 *
 * @param breadcrumb    course, series, module: the pages above the lesson, outermost first
 * @param previous      the lesson before in course order (series, module, position), if any
 * @param next          the lesson after, if any
 * @param module        the module's page, when the lesson belongs to a module
 * @param moduleLessons the module's lessons, published, drafts and planned, in order; the lesson itself marked
 * @param seriesPlace   the lesson's number in its series and the highest the series plan gives, when the plan numbers it
 */
public record LessonNav(List<Link> breadcrumb, Optional<Link> previous, Optional<Link> next, Optional<Link> module,
                        List<ModuleLesson> moduleLessons, Optional<SeriesPlace> seriesPlace) {

    /** {@code 6} of at least {@code 12}, as the series plan numbers its lessons. */
    public record SeriesPlace(int index, int highest) {
    }

    /** A link; {@code href} is empty for a lesson that is planned but not written (no page to go to). */
    public record Link(String label, String href) {
    }

    /**
     * A lesson of the module around the current one; {@code href} is empty when students are not shown it,
     * a {@code draft} (written, not yet publishable) or only planned.
     */
    public record ModuleLesson(String title, String href, boolean draft, boolean current) {
    }
}
