package dev.lectern.math;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a cache folder holds on disk, for tests: its files, and its packs' records. */
final class StoredFormulas {

    private StoredFormulas() {
    }

    /** Every good record of every pack under {@code cacheDir}, as {@code "<key> <body>"}, oldest pack first. */
    static List<String> records(Path cacheDir) throws IOException {
        List<String> records = new ArrayList<>();
        for (Path pack : new PackFolder(cacheDir.resolve(FormulaCache.FOLDER), "reader").packs()) {
            try (PackFile file = PackFile.open(pack)) {
                file.scan(0, (header, offset) -> records.add(HexFormat.of().formatHex(header.key()) + " "
                        + new String(file.body(offset, header.bodyLength(), header.key()).orElseThrow(),
                        StandardCharsets.UTF_8)));
            }
        }
        return records;
    }

    /** The same as key to body (a key stored twice is there once). */
    static Map<String, String> entries(Path cacheDir) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        for (String record : records(cacheDir)) {
            entries.put(record.substring(0, 64), record.substring(65));
        }
        return entries;
    }

    /** The files under {@code dir}, relative and sorted, with the random part of pack names as {@code *}. */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> dir.relativize(file).toString().replaceAll("-[0-9a-f]{16}\\.", "-*."))
                    .sorted().toList();
        }
    }

    /** The one pack under {@code cacheDir}; fails when there are more or none. */
    static Path onlyPack(Path cacheDir) {
        return only(new PackFolder(cacheDir.resolve(FormulaCache.FOLDER), "reader").packs());
    }

    /** The one pack {@code owner} wrote under {@code cacheDir}. */
    static Path onlyPackOf(Path cacheDir, String owner) {
        return only(new PackFolder(cacheDir.resolve(FormulaCache.FOLDER), "reader").packs().stream()
                .filter(pack -> pack.getFileName().toString().startsWith(owner + "-")).toList());
    }

    private static Path only(List<Path> packs) {
        if (packs.size() != 1) {
            throw new AssertionError("expected one pack, found " + packs);
        }
        return packs.get(0);
    }
}
