package dev.lectern.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes the folders and empty files of the last build's output in the staging folder, on a thread
 * of its own, while this build is still loading and validating. On some disks making a file is the
 * slow part of writing it: on ext4 without a journal, right after the old output was deleted, about
 * a millisecond of kernel time each, one file at a time. Parsing needs the processors, not the disk,
 * so the two overlap, and the render stage finds most files there and only fills them in. A file
 * this build does not write again is removed before the output is put in place.
 *
 * <p>Best effort: a file it could not make is made by the writer, as without it. It never
 * truncates: it makes only files that do not exist, so a file the writer got to first keeps its
 * content.
 */
final class PreparedLayout {
    private final Path staging;
    private final MadeFolders folders;
    private final Set<String> made = ConcurrentHashMap.newKeySet(); // as given, as the build names its outputs
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CompletableFuture<Void> done;

    private PreparedLayout(Path staging, MadeFolders folders, List<String> paths, Executor executor) {
        this.staging = staging;
        this.folders = folders;
        this.done = CompletableFuture.runAsync(() -> make(paths), executor);
    }

    /**
     * Starts making {@code paths} (relative, as a build's outputs are named) under {@code staging}.
     *
     * @param folders the writer's own record of folders made, so neither makes one twice
     */
    static PreparedLayout start(Path staging, MadeFolders folders, Collection<String> paths, Executor executor) {
        return new PreparedLayout(staging, folders, List.copyOf(paths), executor);
    }

    private void make(List<String> paths) {
        for (String path : paths) {
            if (stop.get()) {
                return;
            }
            try {
                Path target = staging.resolve(path).normalize();
                if (!target.startsWith(staging) || target.equals(staging)) {
                    continue; // not a path a build writes; the writer refuses such paths itself
                }
                folders.make(target.getParent());
                Files.createFile(target);
                made.add(path);
            } catch (FileAlreadyExistsException e) {
                // the writer was first
            } catch (IOException | UncheckedIOException | InvalidPathException e) {
                return; // the writer makes the rest, and reports what it cannot
            }
        }
    }

    /** Stops making files, and waits until it has. */
    void stop() {
        stop.set(true);
        done.join();
    }

    /**
     * Stops, then removes each file it made that the build did not write ({@code written}: paths
     * relative to the staging folder), and the folders that leaves empty.
     */
    void removeUnwritten(Set<String> written) throws IOException {
        stop();
        List<Path> emptied = new ArrayList<>();
        for (String path : made) {
            if (!written.contains(path)) {
                Path file = staging.resolve(path).normalize();
                Files.deleteIfExists(file);
                for (Path folder = file.getParent(); !folder.equals(staging); folder = folder.getParent()) {
                    emptied.add(folder);
                }
            }
        }
        emptied.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path folder : emptied) { // deepest first
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                // holds files the build wrote
            }
        }
    }
}
