package dev.lectern.site;

import dev.lectern.math.WholeFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Puts a staged site in the place of the live one, all or nothing, even when the build is killed.
 *
 * <p>The JDK cannot exchange two folders in one step (Linux's {@code renameat2} with
 * {@code RENAME_EXCHANGE} is not reachable from Java, and other systems lack it), so the switch is
 * two renames, live to old and staged to live, preceded by a journal naming the staged tree. A
 * build killed between them leaves the journal; the next build into the folder reads it first and
 * completes the switch (the staged tree is whole: the journal is written only once every file is).
 * Then it removes whatever staging trees killed builds left. A symlink switched by rename would
 * need no journal, but static hosts and upload tools do not all publish a symlinked folder as a
 * folder, so the site stays a plain folder.
 *
 * <p>Callers hold the folder's {@link OutputLock}.
 */
final class SiteSwitch {
    private static final String JOURNAL = "switch";
    private static final Pattern STAGING_NAME = Pattern.compile("staging-[0-9a-z-]+");

    /** Where the switch is; tests throw from it to stand for a build killed there. */
    interface Steps {
        Steps NONE = step -> { };

        void reached(String step);
    }

    private final OutputFolder folder;
    private final Steps steps;

    SiteSwitch(OutputFolder folder, Steps steps) {
        this.folder = folder;
        this.steps = steps;
    }

    /** A new, empty staging folder in the workspace; the site goes into its {@code lessons/}. */
    Path newStaging() {
        try {
            return Files.createDirectories(folder.workspace().resolve(
                    "staging-" + ProcessHandle.current().pid() + "-" + Long.toString(System.nanoTime(), 36)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the site into " + folder.root(), e);
        }
    }

    /** Replaces the live site by {@code staging}'s; returns once the old one is gone. */
    void commit(Path staging) {
        try {
            WholeFile.replace(folder.workspace().resolve(JOURNAL),
                    staging.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            steps.reached("journal written");
            complete(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("could not put the new site in place in " + folder.root(), e);
        }
    }

    /**
     * Before a build: completes a switch a killed build left half done, then removes what killed
     * builds left in the workspace (all but the lock).
     */
    void recover() {
        try {
            Path journal = folder.workspace().resolve(JOURNAL);
            if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
                String name = Files.readString(journal, StandardCharsets.UTF_8).strip();
                if (STAGING_NAME.matcher(name).matches()) {
                    complete(folder.workspace().resolve(name));
                }
                Files.deleteIfExists(journal);
            }
            removeLeftovers();
        } catch (IOException e) {
            throw new UncheckedIOException("could not finish an earlier build's switch in " + folder.root(), e);
        }
    }

    /** The two renames and the clean-up; each step is skipped when done already, so a rerun completes it. */
    private void complete(Path staging) throws IOException {
        Path fresh = staging.resolve(OutputFolder.SITE);
        Path live = folder.site();
        Path old = staging.resolveSibling("old-" + staging.getFileName()).resolve(OutputFolder.SITE);
        if (Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(live, LinkOption.NOFOLLOW_LINKS) && !Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(old.getParent());
                Files.move(live, old, StandardCopyOption.ATOMIC_MOVE);
            }
            steps.reached("old site moved away");
            try {
                Files.move(fresh, live, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (Files.exists(old, LinkOption.NOFOLLOW_LINKS) && !Files.exists(live, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(old, live, StandardCopyOption.ATOMIC_MOVE); // the old site back, rather than none
                }
                throw e;
            }
            steps.reached("new site in place");
        }
        Files.deleteIfExists(folder.workspace().resolve(JOURNAL));
        Trees.delete(old.getParent());
        Trees.delete(staging);
    }

    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.workspace())) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().equals("lock")) {
                    Trees.delete(entry);
                }
            }
        }
    }
}
