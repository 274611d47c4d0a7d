package dev.lectern.render;

/**
 * A page that shows nothing of the course but its title: the students' search page,
 * {@code lessons/search.html} (the box, and results filled in by {@code search.js}), and
 * {@code lessons/404.html}, which a static host serves for any address it has no file for.
 *
 * @param root the way back to {@code lessons/}; on the 404 page the site's base URL when it has one,
 *             so the page's links work at any depth
 */
public record TitledPage(String root, String page, String title) {
}
