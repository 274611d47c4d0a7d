package dev.lectern.site;

import dev.lectern.parse.ContentScanner;
import java.util.Map;
import java.util.TreeMap;

/**
 * The size and modification time of every input of a build (the content folder's Markdown files
 * and {@code lectern.yaml}), as the scan took them: as make and Hugo judge freshness, since reading
 * every file to hash it would cost most of what an unchanged rebuild may take.
 */
record InputStamps(Map<String, ContentScanner.Stamp> files) {

    static InputStamps of(ContentScanner.Scan scan) {
        return new InputStamps(new TreeMap<>(scan.stamps()));
    }
}
