package dev.lectern.site;

import dev.lectern.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Writes a whole site or nothing: files go into a staging folder beside the output as they come,
 * and only when all are written does each top folder ({@code lessons/}) replace the old one by a
 * rename. A failure leaves the previous output as it was.
 */
final class AtomicOutput implements SiteWriter {
    private final Path outputDir;
    private final Path staging;
    private final Map<String, BuildState.Output> outputs = new ConcurrentHashMap<>();
    private final Set<String> roots = ConcurrentHashMap.newKeySet();
    private final MadeFolders folders = new MadeFolders();

    private final FileFacts facts;
    private final PreparedLayout layout;

    /** With nothing made ahead: no earlier build is on record. */
    AtomicOutput(Path outputDir, FileFacts facts) {
        this(outputDir, facts, List.of(), Runnable::run);
    }

    /**
     * @param lastBuild the files the last build of this content into this folder wrote (output paths),
     *                  made ahead of need on {@code preparing} (see {@link PreparedLayout}); empty if none
     */
    AtomicOutput(Path outputDir, FileFacts facts, Collection<String> lastBuild, Executor preparing) {
        this.outputDir = outputDir;
        this.facts = facts;
        this.staging = outputDir.resolve(".lectern-staging-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        this.layout = PreparedLayout.start(staging, folders, lastBuild, preparing);
    }

    @Override
    public void write(RenderedFile file) {
        Path target = safeResolve(staging, file.path());
        try {
            folders.make(target.getParent());
            SiteWriter.writeWhole(target, file.content());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the site into " + outputDir, e);
        }
        roots.add(file.path().substring(0, file.path().indexOf('/')));
        outputs.put(file.path(), facts.stamp(file));
    }

    @Override
    public Result finish() {
        try {
            layout.removeUnwritten(outputs.keySet());
            for (String root : new TreeSet<>(roots)) {
                swap(staging.resolve(root), outputDir.resolve(root));
            }
            return new Result(new TreeMap<>(outputs), outputs.size());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the site into " + outputDir, e);
        } finally {
            deleteQuietly(staging);
        }
    }

    @Override
    public void abort() {
        layout.stop();
        deleteQuietly(staging);
    }

    /** Resolves a rendered path, refusing one that would land outside the staging folder. */
    private static Path safeResolve(Path staging, String relative) {
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging) || !relative.contains("/")) {
            throw new IllegalArgumentException("rendered path outside a site folder: " + relative);
        }
        return target;
    }

    private static void swap(Path fresh, Path live) throws IOException {
        Path old = live.resolveSibling(".lectern-old-" + live.getFileName() + "-" + System.nanoTime());
        boolean hadOld = Files.exists(live);
        if (hadOld) {
            Files.move(live, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(fresh, live, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOld) {
                Files.move(old, live, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (hadOld) {
            deleteQuietly(old);
        }
    }

    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // leftovers of a staging folder do no harm; the next build uses a fresh name
        }
    }
}
