package dev.lectern.site;

import dev.lectern.render.RenderedFile;
import java.util.Map;

/**
 * Takes a build's files one at a time, as they are rendered, so the whole site is never held in
 * memory, and puts them in place when the build is done.
 */
interface SiteWriter {

    /** Takes one file; may be called from several threads. */
    void write(RenderedFile file);

    /** Puts everything in place; the files written with their hashes, and how many changed. */
    Result finish();

    /** The build failed: leave the previous output as it was, as far as this writer can. */
    void abort();

    /** Every file of the build with its hash and size, and how many files were written. */
    record Result(Map<String, BuildState.Output> outputs, int written) {
    }
}
