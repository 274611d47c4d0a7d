package dev.lectern.site;

import dev.lectern.math.WholeFile;
import dev.lectern.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a whole site or nothing: the build's files go into a staging tree in the output folder's
 * workspace as they come, and only when all are there does the tree replace the live
 * {@code lessons/} ({@link SiteSwitch}). Files whose bytes equal the last build's are not written
 * again but hard-linked from the live site (copied where the file system has no hard links), so
 * they keep their modification time, which servers, browsers and rsync look at. A rebuild that
 * changes no file switches nothing.
 */
final class AtomicOutput implements SiteWriter {
    private final OutputFolder folder;
    private final SiteSwitch switcher;
    private final Map<String, BuildState.Output> previous;
    private final FileFacts facts;
    private final Map<String, BuildState.Output> outputs = new ConcurrentHashMap<>();
    private final Set<String> unchanged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger written = new AtomicInteger();
    private final MadeFolders folders = new MadeFolders();
    private volatile Path staging;
    /** Once the switch has begun, the staging tree is the new site: only the next build's recovery may touch it. */
    private volatile boolean switching;

    /** @param previous the files of the last build, as on record and found intact; empty for a whole new site */
    AtomicOutput(OutputFolder folder, SiteSwitch switcher, Map<String, BuildState.Output> previous, FileFacts facts) {
        this.folder = folder;
        this.switcher = switcher;
        this.previous = previous;
        this.facts = facts;
    }

    @Override
    public void write(RenderedFile file) {
        if (!OutputFolder.isSitePath(file.path())) {
            throw new IllegalArgumentException("rendered path outside the site folder: " + file.path());
        }
        BuildState.Output stamp = facts.stamp(file);
        outputs.put(file.path(), stamp);
        if (stamp.equals(previous.get(file.path()))) {
            unchanged.add(file.path());
            return;
        }
        try {
            Path target = staging().resolve(file.path());
            folders.make(target.getParent());
            WholeFile.write(target, file.content());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the site into " + folder.root(), e);
        }
        written.incrementAndGet();
    }

    @Override
    public Result finish() {
        Result result = new Result(new TreeMap<>(outputs), written.get());
        if (written.get() == 0 && !previous.isEmpty() && outputs.keySet().equals(previous.keySet())) {
            abort(); // every file as it was: the live site stays, untouched
            return result;
        }
        try {
            Path stagingRoot = staging();
            for (String path : new TreeMap<>(previous).keySet()) {
                if (unchanged.contains(path)) {
                    Path target = stagingRoot.resolve(path);
                    folders.make(target.getParent());
                    linkOrCopy(folder.root().resolve(path), target);
                }
            }
            switching = true;
            switcher.commit(stagingRoot);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the site into " + folder.root(), e);
        }
    }

    @Override
    public void abort() {
        if (staging != null && !switching) {
            try {
                Trees.delete(staging);
            } catch (IOException e) {
                // the next build into this folder removes it
            }
        }
    }

    private synchronized Path staging() {
        if (staging == null) {
            staging = switcher.newStaging();
        }
        return staging;
    }

    private static void linkOrCopy(Path live, Path target) throws IOException {
        try {
            Files.createLink(target, live);
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            Files.copy(live, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
