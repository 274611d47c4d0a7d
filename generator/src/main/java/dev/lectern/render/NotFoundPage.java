package dev.lectern.render;

/**
 * {@code lessons/404.html}, which a static host serves for any address it has no file for.
 * {@code root} is the site's base URL when it has one, so the page's links work at any depth.
 */
public record NotFoundPage(String root, String page, String title) {
}
