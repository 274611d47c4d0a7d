package dev.lectern.render;

/** The students' search page, {@code lessons/search.html}: the box, and results filled in by {@code search.js}. */
public record SearchPage(String root, String page, String title) {
}
