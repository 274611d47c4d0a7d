package dev.lectern.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The size and modification time of every input of a build (the content folder's Markdown files
 * and {@code lectern.yaml}), as make and Hugo judge freshness: reading every file to hash it would
 * cost most of what an unchanged rebuild may take.
 */
record InputStamps(Map<String, Stamp> files) {

    /** One file's size and modification time (milliseconds). */
    record Stamp(long size, long modified) {
    }

    static InputStamps of(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            throw new UncheckedIOException(new IOException("content folder not found: " + contentDir));
        }
        Map<String, Stamp> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(contentDir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md") || p.getFileName().toString().equals("lectern.yaml"))
                    .forEach(p -> {
                        try {
                            BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
                            files.put(contentDir.relativize(p).toString().replace('\\', '/'),
                                    new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InputStamps(files);
    }
}
