package dev.lectern.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder a build publishes into, checked before anything is written or deleted there. Lectern
 * owns two names in it: {@code lessons/}, the site, replaced whole by each build, and
 * {@code .lectern/}, its workspace (the lock, and a build's staging tree while it runs).
 *
 * <p>The output may not be the content folder, contain it, or hold any of its files, nor be or
 * contain the cache folder; an existing {@code lessons/} must be one Lectern made. An output
 * folder inside the content folder that holds no content is left out of the scan, as Jekyll leaves
 * out {@code _site}. Paths are compared after resolving links, so a symlinked or relative spelling
 * ({@code ./site}, {@code ../x}) of the same folder is caught too.
 */
final class OutputFolder {
    static final String SITE = "lessons";
    static final String WORKSPACE = ".lectern";
    /** Paths a build writes: under {@code lessons/}, no empty, hidden, {@code .} or {@code ..} part. */
    private static final Pattern SITE_PATH = Pattern.compile(SITE + "(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+");
    private static final String GENERATOR_MARK = "<meta name=\"generator\" content=\"Lectern\">";

    private final Path root;
    private final boolean insideContent;

    private OutputFolder(Path root, boolean insideContent) {
        this.root = root;
        this.insideContent = insideContent;
    }

    /**
     * @param contentRoot the content folder's real path
     * @param cacheDir    the cache folder, if the build keeps one
     * @throws UnsafeOutputException when building there could destroy what is not Lectern's
     */
    static OutputFolder check(Path output, Path contentRoot, Optional<Path> cacheDir) {
        Path root = resolved(output);
        if (root.equals(contentRoot)) {
            throw new UnsafeOutputException("the output folder " + output + " is the content folder; "
                    + "build into another folder, e.g. --out site");
        }
        if (contentRoot.startsWith(root)) {
            throw new UnsafeOutputException("the output folder " + output + " contains the content folder; "
                    + "build into a folder of its own, e.g. --out site");
        }
        boolean insideContent = root.startsWith(contentRoot);
        if (insideContent) {
            contentFileIn(root).ifPresent(file -> {
                throw new UnsafeOutputException("the output folder " + output + " holds content (" + file
                        + "); build into a folder without lessons in it");
            });
        }
        Optional<Path> cache = cacheDir.map(OutputFolder::resolved);
        if (cache.isPresent() && cache.get().startsWith(root)) {
            throw new UnsafeOutputException("the output folder " + output + " is or contains the cache folder "
                    + cacheDir.get() + "; keep the cache outside the site");
        }
        Path site = root.resolve(SITE);
        if (!madeByLectern(site)) {
            throw new UnsafeOutputException(output + "/" + SITE + " exists and was not made by Lectern, which "
                    + "replaces that folder whole; build into another folder, or move it away");
        }
        return new OutputFolder(root, insideContent);
    }

    /** The output folder's real path (the part that does not exist yet appended as given). */
    Path root() {
        return root;
    }

    /** {@code lessons/}: the site. */
    Path site() {
        return root.resolve(SITE);
    }

    Path workspace() {
        return root.resolve(WORKSPACE);
    }

    /** What the content scan must leave out: this folder, when it lies inside the content. */
    List<Path> leftOutOfContent() {
        return insideContent ? List.of(root) : List.of();
    }

    /** Whether a build may write or delete {@code path} (relative, '/'-separated) of this folder. */
    static boolean isSitePath(String path) {
        return SITE_PATH.matcher(path).matches();
    }

    /** An absolute, normalised path with every link in its existing part resolved. */
    static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> contentFileIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".md") || name.equals("lectern.yaml");
            }).findFirst();
        } catch (IOException | UncheckedIOException e) {
            throw new UnsafeOutputException("cannot look into the output folder " + folder + ": " + e.getMessage());
        }
    }

    /** Whether {@code site} is absent, empty, or a site Lectern wrote (its index page says so). */
    private static boolean madeByLectern(Path site) {
        if (!Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(site)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(site)) {
            if (entries.findAny().isEmpty()) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        try (InputStream index = Files.newInputStream(site.resolve("index.html"))) {
            return new String(index.readNBytes(4096), StandardCharsets.UTF_8).contains(GENERATOR_MARK);
        } catch (IOException e) {
            return false;
        }
    }
}
