package dev.lectern.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a folder and its subfolders (new ones too) and calls back once a burst of changes has
 * settled: editors save through temporary files and renames, so one save is several events.
 */
final class ContentWatcher implements AutoCloseable {
    private final Path root;
    private final Duration settle;
    private final Runnable onChange;
    private final WatchService watcher;
    private final Thread thread;

    ContentWatcher(Path root, Duration settle, Runnable onChange) {
        this.root = root;
        this.settle = settle;
        this.onChange = onChange;
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            registerTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
        this.thread = new Thread(this::watch, "lectern-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                // let the burst settle: keep taking events until none arrives for a while
                for (WatchKey more = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS); more != null;
                     more = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) {
                    drain(more);
                }
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the session is over
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = dir.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        // a folder that vanished again: nothing to watch
                    }
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing a watch service that is going away anyway
        }
        thread.interrupt();
    }

    Path root() {
        return root;
    }
}
