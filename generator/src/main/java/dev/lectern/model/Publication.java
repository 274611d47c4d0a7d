package dev.lectern.model;

import java.util.Optional;

/**
 * What {@code lectern.yaml}'s {@code site} mapping says about the published site.
 *
 * @param draftsForStudents whether lessons that are not publishable ({@link Publishability}) are
 *                          listed to students too: in the course index, series and module pages,
 *                          previous/next, the module's lessons and search
 * @param authorPages       whether the spec, review and validation pages (and {@code lesson.json})
 *                          are published; without them the site is the students' alone
 * @param baseUrl           the address {@code lessons/} is published at, ending in {@code /}: pages
 *                          then get canonical links and the site a {@code sitemap.xml}
 */
public record Publication(boolean draftsForStudents, boolean authorPages, Optional<String> baseUrl) {
    public Publication {
        if (baseUrl.filter(url -> !url.endsWith("/")).isPresent()) {
            throw new IllegalArgumentException("a base URL ends with /: " + baseUrl.get());
        }
    }

    /** Drafts left out of the students' view, author pages published, no base URL. */
    public static Publication defaults() {
        return new Publication(false, true, Optional.empty());
    }

    /** Whether a lesson's pages are published at all: a draft's are for authors, or for students when they see drafts. */
    public boolean publishesDraftPages() {
        return authorPages || draftsForStudents;
    }
}
