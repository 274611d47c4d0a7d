package dev.lectern.render;

import dev.lectern.model.Inline;
import java.util.List;
import java.util.Optional;

/**
 * A page listing a module's lessons, or a series' modules and their lessons ({@code modules} has
 * one entry for a module page). {@code root} leads back to {@code lessons/}.
 *
 * @param heading     {@code Module 7.3: Fast Generation} or {@code Series 7: Post-SD Advances}
 * @param breadcrumb  the pages above this one, outermost first, relative to this page
 * @param description the plan's goal or the course table's description, if it states one
 */
public record ModulePage(String root, String page, String heading, List<LessonNav.Link> breadcrumb,
                         Optional<Inline> description, List<Listing> modules, PageHtml html) {

    /** The model alone, without the object templates call for markup, to compare two pages' models. */
    ModulePage withoutMarkup() {
        return new ModulePage(root, page, heading, breadcrumb, description, modules, null);
    }

    /** A module's lessons; {@code href} is its page (empty on the module's own page). */
    public record Listing(String heading, String href, List<CoursePage.LessonEntry> entries) {
    }
}
