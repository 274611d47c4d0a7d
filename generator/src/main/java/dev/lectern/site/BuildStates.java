package dev.lectern.site;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.math.Sha256;
import dev.lectern.math.WholeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each output folder's {@link BuildState} in the cache folder ({@code builds/<hash of the
 * output path>.json}), beside the formula cache. A state is input like content: one that cannot be
 * read, or names a file outside the site ({@code ../victim.txt}, an absolute path), is ignored, so
 * the next build is a full one, never a wrong one, and deletes nothing it names.
 */
final class BuildStates {
    private final Optional<Path> folder;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    /**
     * The states this process last wrote or read, each with its file as it was then: {@code serve} reads
     * its own state back at every save, and parsing it again was a tenth of a rebuild. A file written
     * since (always by a rename, so a new file) no longer matches and is read.
     */
    private final Map<Path, Known> known = new ConcurrentHashMap<>();

    private record Known(Stamp stamp, BuildState state) {
    }

    /** A file as it is now; none when it is gone or the file system gives no key to tell files apart. */
    private record Stamp(Object fileKey, FileTime modified, long size) {
        static Optional<Stamp> of(Path file) {
            try {
                BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return Optional.ofNullable(now.fileKey()).map(key -> new Stamp(key, now.lastModifiedTime(), now.size()));
            } catch (IOException gone) {
                return Optional.empty();
            }
        }
    }

    /** @param cacheDir the cache folder; empty keeps no state, so every build is a full one */
    BuildStates(Optional<Path> cacheDir) {
        this.folder = cacheDir.map(dir -> dir.resolve("builds"));
    }

    Optional<BuildState> load(Path outputDir) {
        Optional<Path> file = fileFor(outputDir);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        Known before = known.get(file.get());
        Optional<Stamp> now = Stamp.of(file.get());
        if (before != null && now.equals(Optional.of(before.stamp()))) {
            return Optional.of(before.state());
        }
        try {
            BuildState state = json.readValue(file.get().toFile(), BuildState.class);
            boolean valid = state.outputs() != null && state.inputs() != null && state.diagnostics() != null
                    && state.build() != null
                    && state.outputs().keySet().stream().allMatch(OutputFolder::isSitePath);
            if (!valid) {
                return Optional.empty();
            }
            now.ifPresent(stamp -> known.put(file.get(), new Known(stamp, state)));
            return Optional.of(state);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    void save(Path outputDir, BuildState state) {
        Optional<Path> file = fileFor(outputDir);
        if (file.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.get().getParent());
            WholeFile.replace(file.get(), json.writeValueAsBytes(state));
            Stamp.of(file.get()).ifPresent(written -> known.put(file.get(), new Known(written, state)));
        } catch (IOException e) {
            // Without a state the next build is a full one; the site itself is written.
        }
    }

    void forget(Path outputDir) {
        fileFor(outputDir).ifPresent(file -> {
            known.remove(file);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a stale state is still checked against the output before it is trusted
            }
        });
    }

    /** The cache folder, whose state files and formulas no output folder may overwrite. */
    Optional<Path> cacheDir() {
        return folder.map(Path::getParent);
    }

    private Optional<Path> fileFor(Path outputDir) {
        String key = outputDir.toAbsolutePath().normalize().toString();
        return folder.map(dir -> dir.resolve(Sha256.hex(key.getBytes(StandardCharsets.UTF_8)) + ".json"));
    }
}
