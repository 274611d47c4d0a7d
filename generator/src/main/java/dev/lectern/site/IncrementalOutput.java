package dev.lectern.site;

import dev.lectern.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings an existing output folder up to date: writes only the files whose bytes changed since the
 * last build (each through a temporary file and a rename, so no page is ever half written) and
 * deletes the ones no longer produced. Unchanged pages keep their modification time, which is
 * what servers, browsers and rsync look at.
 */
final class IncrementalOutput {

    /** What was written: the new file list with hashes, and how many files changed. */
    record Result(Map<String, BuildState.Output> outputs, int written) {
    }

    /** The hash and size of every file, in the order given. */
    static Map<String, BuildState.Output> stamps(List<RenderedFile> files) {
        Map<String, BuildState.Output> outputs = new LinkedHashMap<>();
        files.parallelStream()
                .map(f -> Map.entry(f.path(), new BuildState.Output(BuildStates.sha256(f.content()), f.content().length)))
                .toList()
                .forEach(e -> outputs.put(e.getKey(), e.getValue()));
        return outputs;
    }

    /** Whether every file of the last build is still there with its size (nobody deleted or edited it). */
    static boolean intact(Path outputDir, Map<String, BuildState.Output> previous) {
        for (Map.Entry<String, BuildState.Output> file : previous.entrySet()) {
            Path path = outputDir.resolve(file.getKey());
            try {
                if (!Files.isRegularFile(path) || Files.size(path) != file.getValue().size()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    Result write(Path outputDir, List<RenderedFile> files, Map<String, BuildState.Output> previous) {
        Map<String, BuildState.Output> outputs = stamps(files);
        int written = 0;
        try {
            for (RenderedFile file : files) {
                if (!outputs.get(file.path()).equals(previous.get(file.path()))) {
                    replace(outputDir.resolve(file.path()), file.content());
                    written++;
                }
            }
            Set<String> kept = new HashSet<>(outputs.keySet());
            for (String old : previous.keySet()) {
                if (!kept.contains(old)) {
                    delete(outputDir, outputDir.resolve(old));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not update the site in " + outputDir, e);
        }
        return new Result(outputs, written);
    }

    private static void replace(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".lectern-", ".tmp");
        try {
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes a file no longer produced, and the folders it leaves empty (up to the output folder). */
    private static void delete(Path outputDir, Path file) throws IOException {
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && !dir.equals(outputDir) && dir.startsWith(outputDir);
             dir = dir.getParent()) {
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException stillUsed) {
                return;
            }
        }
    }
}
