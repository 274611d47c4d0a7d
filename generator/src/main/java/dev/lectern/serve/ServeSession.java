package dev.lectern.serve;

import dev.lectern.site.BuildResult;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * {@code lectern serve}: builds the content once, serves the output (on this machine, or at an address
 * of the local network), and on every save rebuilds (incrementally: only changed pages are written)
 * and tells the open pages to reload.
 */
public final class ServeSession implements AutoCloseable {
    private static final Duration SETTLE = Duration.ofMillis(10);
    /** Long enough for an editor's safe save (old file aside, new one renamed in) on a loaded machine. */
    private static final Duration REPLACED = Duration.ofMillis(250);

    private final Path contentDir;
    private final Path outputDir;
    private final BiFunction<Path, Path, BuildResult> build;
    private final Consumer<BuildResult> onBuild;
    private final Consumer<RuntimeException> onFailure;
    private final LiveReload reload = new LiveReload();
    private final SiteServer server;
    private final ContentWatcher watcher;

    /**
     * @param address   where to serve: the loopback address, or one of this machine on the local network
     * @param build     builds {@code contentDir} into {@code outputDir} (Lectern's build)
     * @param onBuild   told of every build's result, for the console
     * @param onFailure told of a rebuild that failed (an I/O error, say); serving goes on
     */
    public ServeSession(Path contentDir, Path outputDir, InetAddress address, int port,
                        BiFunction<Path, Path, BuildResult> build, Consumer<BuildResult> onBuild,
                        Consumer<RuntimeException> onFailure) {
        this.contentDir = contentDir;
        this.outputDir = outputDir;
        this.build = build;
        this.onBuild = onBuild;
        this.onFailure = onFailure;
        this.server = new SiteServer(outputDir, address, port, reload);
        this.watcher = new ContentWatcher(contentDir, SETTLE, REPLACED, this::rebuild);
    }

    /**
     * Watches, builds, then serves; returns the address of the course index. Watching starts first,
     * so a save during the first build is built next.
     */
    public URI start() {
        watcher.start();
        synchronized (this) {
            onBuild.accept(build.apply(contentDir, outputDir));
        }
        server.start();
        return server.address();
    }

    private synchronized void rebuild() {
        try {
            BuildResult result = build.apply(contentDir, outputDir);
            onBuild.accept(result);
            if (result.filesWritten() > 0) {
                reload.reload();
            }
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
    }

    int listening() {
        return reload.listening();
    }

    @Override
    public void close() {
        watcher.close();
        server.close();
    }
}
