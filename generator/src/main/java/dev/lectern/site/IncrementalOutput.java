package dev.lectern.site;

import dev.lectern.math.WholeFile;
import dev.lectern.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code serve}'s preview: brings the output folder up to date in place, fast, writing only the
 * files whose bytes changed since the last build (each through a temporary file and a rename, so
 * no page is ever half written) and, when done, deleting the ones no longer produced. A rebuild
 * that fails midway leaves the pages it already rewrote, each whole, and the next one finishes the
 * job. Published builds go through {@link AtomicOutput} instead, all or nothing.
 */
final class IncrementalOutput implements SiteWriter {
    private final Path outputDir;
    private final Path site;
    private final Map<String, BuildState.Output> previous;
    private final Map<String, BuildState.Output> outputs = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();

    private final FileFacts facts;
    private final MadeFolders folders = new MadeFolders();

    IncrementalOutput(OutputFolder folder, Map<String, BuildState.Output> previous, FileFacts facts) {
        this.outputDir = folder.root();
        this.site = folder.site();
        this.facts = facts;
        this.previous = previous;
    }

    /**
     * Whether every file of the last build is still there, a plain file (not a link) with its size:
     * nobody deleted, replaced or edited it.
     */
    static boolean intact(Path outputDir, Map<String, BuildState.Output> previous) {
        for (Map.Entry<String, BuildState.Output> file : previous.entrySet()) {
            Path path = outputDir.resolve(file.getKey());
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile() || attributes.size() != file.getValue().size()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void write(RenderedFile file) {
        if (!OutputFolder.isSitePath(file.path())) {
            throw new IllegalArgumentException("rendered path outside the site folder: " + file.path());
        }
        BuildState.Output stamp = facts.stamp(file);
        outputs.put(file.path(), stamp);
        if (!stamp.equals(previous.get(file.path()))) {
            try {
                replace(outputDir.resolve(file.path()), file.content());
            } catch (IOException e) {
                throw new UncheckedIOException("could not update the site in " + outputDir, e);
            }
            written.incrementAndGet();
        }
    }

    @Override
    public Result finish() {
        try {
            for (String old : previous.keySet()) {
                if (!outputs.containsKey(old)) {
                    delete(outputDir.resolve(old));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not update the site in " + outputDir, e);
        }
        return new Result(new TreeMap<>(outputs), written.get());
    }

    @Override
    public void abort() {
        // pages already replaced are whole; the build state is gone, so the next build checks them all
    }

    private void replace(Path target, byte[] content) throws IOException {
        folders.make(target.getParent());
        WholeFile.replace(target, content);
    }

    /**
     * Deletes a file no longer produced, and the folders it leaves empty (up to the site folder); only
     * where its folder's real path is where the site put it, so no link leads a delete elsewhere.
     */
    private void delete(Path file) throws IOException {
        Path folder = file.getParent();
        if (!file.startsWith(site) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                || !folder.toRealPath().equals(folder)) {
            return;
        }
        Files.deleteIfExists(file);
        for (Path dir = folder; !dir.equals(site) && dir.startsWith(site); dir = dir.getParent()) {
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException stillUsed) {
                return;
            }
        }
    }
}
