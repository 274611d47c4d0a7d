package dev.lectern.site;

import java.nio.file.Path;

/**
 * The composition root: builds every collaborator once and hands out the two operations users run.
 * Close it to release the KaTeX engine. The CLI and the Maven plugin both start here.
 */
public final class Lectern implements AutoCloseable {

    /** @param cacheDir where typeset formulas are kept between builds */
    public static Lectern open(Path cacheDir) {
        throw new UnsupportedOperationException("wired in the next commit");
    }

    /** Reads and validates the content folder; writes nothing. */
    public CheckResult check(Path contentDir) {
        throw new UnsupportedOperationException("wired in the next commit");
    }

    /**
     * Reads, validates and renders the content folder into {@code outputDir} (its {@code lessons/}
     * folder), atomically: a failed build leaves the previous output in place.
     */
    public BuildResult build(Path contentDir, Path outputDir) {
        throw new UnsupportedOperationException("wired in the next commit");
    }

    @Override
    public void close() {
    }
}
