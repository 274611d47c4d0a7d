package dev.lectern.serve;

import dev.lectern.math.DaemonThreads;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.hashing.FileHasher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Watches a folder and its subfolders (new ones too) through directory-watcher, which uses the
 * system's own notifications (inotify on Linux, FSEvents on macOS, where the JDK's watcher polls
 * every few seconds), and calls back once a burst of changes has settled: editors save through
 * temporary files and renames, so one save is several events. Changes that come during the callback
 * make one more callback after it. Only what a build reads counts: Markdown and {@code lectern.yaml}
 * outside hidden folders, so an editor's swap and backup files start no rebuild.
 * <p>
 * A file deleted in a burst holds the call back until it is there again, for a while: editors that
 * save safely (IntelliJ, vim and Emacs with backups) move the old file aside and then rename the new
 * one into its name, and a build between the two would take the lesson down and put it back.
 */
final class ContentWatcher implements AutoCloseable {
    private final Path root;
    private final Duration settle;
    private final Duration replaced;
    private final Runnable onChange;
    private final DirectoryWatcher watcher;
    private final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile boolean closed;
    private final Thread notifier;

    /** A changed file, and whether the change was its deletion. */
    private record Change(Path path, boolean deleted) {
    }

    /**
     * @param settle   how long a burst of changes must be quiet before the call
     * @param replaced how long a deleted file may take to come back under its name before the call goes
     *                 ahead without it (a real deletion is built that much later)
     */
    ContentWatcher(Path root, Duration settle, Duration replaced, Runnable onChange) {
        this.root = root.toAbsolutePath().normalize();
        this.settle = settle;
        this.replaced = replaced;
        this.onChange = onChange;
        try {
            // modification times, not content hashes, tell a change: starting costs one stat per file, not a read
            this.watcher = DirectoryWatcher.builder().path(this.root).fileHasher(FileHasher.LAST_MODIFIED_TIME)
                    .listener(new DirectoryChangeListener() {
                        @Override
                        public void onEvent(DirectoryChangeEvent event) {
                            heard(event);
                        }

                        @Override
                        public void onIdle(int count) {
                            ready.countDown(); // first called once every folder is registered
                        }
                    }).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
        this.notifier = new DaemonThreads("lectern-watch-settle", 0).newThread(this::notifyChanges);
    }

    /** Starts watching; returns once every folder is watched, so no save after it goes unnoticed. */
    void start() {
        CompletableFuture<Void> watching = watcher.watchAsync(
                task -> new DaemonThreads("lectern-watch", 0).newThread(task).start());
        notifier.start();
        try {
            while (!ready.await(100, TimeUnit.MILLISECONDS)) {
                if (watching.isDone()) {
                    watching.join(); // the watcher stopped before it was ready: its failure
                    throw new IllegalStateException("stopped watching " + root);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void heard(DirectoryChangeEvent event) {
        // an overflow means events were lost: anything may have changed
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || read(event.path())) {
            changes.add(new Change(event.path() == null ? root : event.path(),
                    event.eventType() == DirectoryChangeEvent.EventType.DELETE));
        }
    }

    /** Whether a build reads this file (the content scanner's and configuration's files). */
    private boolean read(Path path) {
        if (path == null || !path.startsWith(root)) {
            return true;
        }
        Path relative = root.relativize(path);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = path.getFileName().toString();
        return name.endsWith(".md") || name.equals("lectern.yaml");
    }

    private void notifyChanges() {
        try {
            while (!closed) {
                Change first = changes.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue; // nothing yet; look whether the session is over
                }
                awaitSettled(first);
                if (!closed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException stopped) {
            // the process is stopping
        }
    }

    /**
     * Takes the burst's changes until none arrives for {@code settle}, and while a file deleted in it is
     * still missing, until it comes back or {@code replaced} has passed since its deletion.
     */
    private void awaitSettled(Change first) throws InterruptedException {
        Set<Path> missing = new HashSet<>();
        long waitForReturnUntil = System.nanoTime();
        for (Change change = first; change != null; ) {
            if (change.deleted()) {
                missing.add(change.path());
                waitForReturnUntil = System.nanoTime() + replaced.toNanos();
            }
            change = changes.poll(settle.toNanos(), TimeUnit.NANOSECONDS);
            if (change == null) {
                missing.removeIf(Files::exists);
                long left = waitForReturnUntil - System.nanoTime();
                if (!missing.isEmpty() && left > 0) {
                    change = changes.poll(left, TimeUnit.NANOSECONDS);
                }
            }
        }
    }

    /**
     * Stops watching, and returns once a call in progress has ended: the session closes its server
     * and its output after this, never under a rebuild (which an interrupt could cut short mid-write).
     */
    @Override
    public void close() {
        closed = true;
        try {
            watcher.close();
        } catch (IOException e) {
            // closing a watcher that is going away anyway
        }
        try {
            notifier.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
