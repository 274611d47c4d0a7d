package dev.lectern.site;

import dev.lectern.math.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A built site's files by relative path, each with its content's hash (Lectern's workspace left out). */
final class SiteFiles {
    private SiteFiles() {
    }

    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(root.resolve(".lectern")))
                    .toList()) {
                files.put(root.relativize(file).toString(), Sha256.hex(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
