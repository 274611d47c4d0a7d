package dev.lectern.site;

import dev.lectern.model.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * What a build of one content folder into one output folder left behind, so the next build can
 * tell whether anything changed: which Lectern made it, the inputs as they were, every file it
 * wrote (path to hash and size) and the diagnostics it reported.
 */
record BuildState(String lectern, String contentDir, InputStamps inputs, Map<String, Output> outputs,
                  List<Diagnostic> diagnostics) {

    /** A written file's {@link PageChecksum} and size. */
    record Output(String checksum, long size) {
    }
}
