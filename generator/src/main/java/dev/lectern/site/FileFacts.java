package dev.lectern.site;

import dev.lectern.render.RenderedFile;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A rendered file's hash and links, worked out once per file content: when a long-running process
 * hands out the same remembered pages again, their bytes are the same array, so nothing is hashed or
 * scanned twice. Keyed weakly by the byte array itself (arrays compare by identity).
 */
final class FileFacts {
    private final Map<byte[], BuildState.Output> stamps = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<byte[], PageLinks> links = Collections.synchronizedMap(new WeakHashMap<>());

    BuildState.Output stamp(RenderedFile file) {
        return stamps.computeIfAbsent(file.content(),
                bytes -> new BuildState.Output(PageChecksum.hex(bytes), bytes.length));
    }

    PageLinks links(RenderedFile file) {
        PageLinks known = links.get(file.content());
        if (known != null && known.path().equals(file.path())) {
            return known;
        }
        PageLinks found = PageLinks.of(file);
        links.put(file.content(), found);
        return found;
    }
}
