package dev.lectern.site;

import dev.lectern.model.Diagnostic;
import dev.lectern.parse.ContentScanner;
import java.util.List;
import java.util.Map;

/**
 * What a build of one content folder into one output folder left behind, so the next build can
 * tell whether anything changed: which Lectern made it, the inputs as they were, every file it
 * wrote (path to hash and size) and the diagnostics it reported.
 *
 * @param build  this build's own name (a random UUID): a build of unchanged inputs names the one whose site stands
 * @param inputs the size and modification time of every input (the content folder's Markdown files and
 *               {@code lectern.yaml}) by path, as the scan took them: as make and Hugo judge freshness,
 *               since reading every file to hash it would cost most of what an unchanged rebuild may take
 */
record BuildState(String lectern, String build, String contentDir, Map<String, ContentScanner.Stamp> inputs,
                  Map<String, Output> outputs, List<Diagnostic> diagnostics) {

    /** A written file's {@link PageChecksum} and size. */
    record Output(String checksum, long size) {
    }
}
