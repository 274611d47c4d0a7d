package dev.lectern.math;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a cache folder holds on disk, for tests: its files, and its entries. */
final class StoredFormulas {

    private StoredFormulas() {
    }

    /** Every entry under {@code cacheDir} that a fresh cache serves, by key. */
    static Map<String, RenderedMath> entries(Path cacheDir) throws IOException {
        FormulaCache reader = new FormulaCache(cacheDir, "any: entries are read by key");
        Map<String, RenderedMath> entries = new TreeMap<>();
        for (String name : names(cacheDir.resolve(FormulaCache.FOLDER))) {
            String key = Path.of(name).getFileName().toString();
            reader.get(key).ifPresent(math -> entries.put(key, math));
        }
        return entries;
    }

    /** The files under {@code dir}, relative and sorted. */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString()).sorted().toList();
        }
    }
}
