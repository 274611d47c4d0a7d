package dev.lectern.site;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

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

    /** @param cacheDir the cache folder; empty keeps no state, so every build is a full one */
    BuildStates(Optional<Path> cacheDir) {
        this.folder = cacheDir.map(dir -> dir.resolve("builds"));
    }

    Optional<BuildState> load(Path outputDir) {
        Optional<Path> file = fileFor(outputDir);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try {
            BuildState state = json.readValue(file.get().toFile(), BuildState.class);
            boolean valid = state.outputs() != null && state.inputs() != null && state.diagnostics() != null
                    && state.outputs().keySet().stream().allMatch(OutputFolder::isSitePath);
            return valid ? Optional.of(state) : Optional.empty();
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
            Path temp = Files.createTempFile(file.get().getParent(), "state-", ".tmp");
            json.writeValue(temp.toFile(), state);
            Files.move(temp, file.get(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Without a state the next build is a full one; the site itself is written.
        }
    }

    void forget(Path outputDir) {
        fileFor(outputDir).ifPresent(file -> {
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
