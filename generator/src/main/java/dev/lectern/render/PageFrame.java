package dev.lectern.render;

/**
 * What the frame every page shares needs beyond the page's own model; templates see it as {@code frame}.
 *
 * @param authorPages whether the spec, review and validation pages exist, so that pages link them
 * @param canonical   the page's own address when the site has a base URL and the page is for
 *                    students; empty otherwise
 */
public record PageFrame(boolean authorPages, String canonical) {
    /** For a page of the authors' site, with no canonical address. */
    static final PageFrame AUTHORS = new PageFrame(true, "");
}
