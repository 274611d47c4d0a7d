package dev.lectern.cli;

import dev.lectern.cli.DaemonProtocol.Answer;
import dev.lectern.cli.DaemonProtocol.Request;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;

/**
 * A JVM that stays up between command-line builds, so that they run on code the JIT has already compiled:
 * a cold JVM spends most of a large build compiling (bench/README.md). It runs one build at a time, each
 * exactly as {@code lectern build} would (nothing is kept from one build to the next but the JVM itself,
 * its heap kept at size for a while: {@link DaemonHeap}),
 * answers {@link DaemonProtocol#BUSY} to a second one, and stops after {@link #IDLE_LIMIT} without a
 * build, when its jar changes, or when its socket is gone.
 */
public final class BuildDaemon implements AutoCloseable {

    static final Duration IDLE_LIMIT = Duration.ofMinutes(60);
    private static final Duration WATCH_PERIOD = Duration.ofSeconds(10);

    private final Path socket;
    private final Engine.Factory engines;
    private final Duration idleLimit;
    private final Duration watchPeriod;
    private final BooleanSupplier outdated;
    private final DaemonHeap heap;
    private final AtomicBoolean busy = new AtomicBoolean();
    // held shared by every request being answered; taken whole once the daemon stops, to let them finish
    private final ReadWriteLock requests = new ReentrantReadWriteLock();
    private final long startedNanos = System.nanoTime();
    private volatile long lastUsedNanos = startedNanos;
    private volatile int builds;
    private volatile boolean stopping;
    private ServerSocketChannel server;
    private Object socketFileKey;

    /** {@code java -cp lectern.jar dev.lectern.cli.BuildDaemon <socket>}, as {@link DaemonClient} starts it. */
    public static void main(String[] args) throws IOException {
        String classPath = System.getProperty("java.class.path");
        String stamp = DaemonAddress.classPathStamp(classPath);
        try (BuildDaemon daemon = new BuildDaemon(Path.of(args[0]), Engine.LECTERN, IDLE_LIMIT, WATCH_PERIOD,
                () -> !DaemonAddress.classPathStamp(classPath).equals(stamp), DaemonHeap.ofThisJvm())) {
            // killed (SIGTERM, logout): take the socket along, so clients need not find it dead
            Runtime.getRuntime().addShutdownHook(new Thread(daemon::close, "lectern-daemon-shutdown"));
            daemon.serve();
            daemon.awaitIdle();
        }
        // Node workers and other non-daemon threads must not keep an idle daemon alive
        System.exit(0);
    }

    /** @param outdated true once the daemon's own code changed on disk (then it should make way for a new one) */
    BuildDaemon(Path socket, Engine.Factory engines, Duration idleLimit, Duration watchPeriod, BooleanSupplier outdated,
                DaemonHeap heap) {
        this.socket = socket;
        this.engines = engines;
        this.idleLimit = idleLimit;
        this.watchPeriod = watchPeriod;
        this.outdated = outdated;
        this.heap = heap;
    }

    /**
     * Listens on the socket; returns when the daemon stops. Returns at once, without listening, when another
     * daemon already answers there (two clients started one each at the same moment).
     */
    void serve() throws IOException {
        if (!bind()) {
            return;
        }
        Thread watchdog = new Thread(this::watch, "lectern-daemon-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        while (!stopping) {
            SocketChannel connection;
            try {
                connection = server.accept();
            } catch (ClosedChannelException e) {
                break;
            }
            Thread handler = new Thread(() -> handle(connection), "lectern-daemon-request");
            handler.setDaemon(true);
            handler.start();
        }
    }

    /** Waits until every request in progress has had its answer, exit code included: a stop lets a build finish. */
    void awaitIdle() {
        requests.writeLock().lock();
    }

    private boolean bind() throws IOException {
        if (answers(socket)) {
            return false;
        }
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            // lost a race with another daemon binding the same socket
            server.close();
            return false;
        }
        socketFileKey = fileKey(socket);
        return true;
    }

    private static boolean answers(Path socket) {
        try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return probe.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    private void handle(SocketChannel connection) {
        requests.readLock().lock();
        try (connection) {
            Request request = Request.readFrom(new DataInputStream(Channels.newInputStream(connection)));
            Answer answer = new Answer(Channels.newOutputStream(connection));
            switch (request.kind()) {
                case STATUS -> answer.status(status());
                case STOP -> {
                    answer.status("stopped the build daemon (process " + ProcessHandle.current().pid() + ")");
                    close();
                }
                case RUN -> run(request, answer);
            }
        } catch (IOException e) {
            // the client went away or spoke another protocol: nothing to answer
        } finally {
            requests.readLock().unlock();
        }
    }

    private void run(Request request, Answer answer) throws IOException {
        if (!busy.compareAndSet(false, true)) {
            answer.busy();
            return;
        }
        int code;
        try {
            code = runCommand(request, answer);
        } finally {
            builds++;
            lastUsedNanos = System.nanoTime();
            // free before the client hears the exit code: its next command may come at once
            busy.set(false);
        }
        answer.exit(code);
        heap.afterBuild();
    }

    /** Runs the command with its standard output and error (the math engine's notice included) sent to the client. */
    private int runCommand(Request request, Answer answer) {
        PrintWriter out = writer(answer, DaemonProtocol.OUT);
        PrintWriter err = writer(answer, DaemonProtocol.ERR);
        try {
            LecternCli cli = new LecternCli(engines, out, err, Path.of(request.workingDir()));
            return cli.execute(request.args().toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            err.println("lectern: internal error in the build daemon (please report it with the trace below)");
            e.printStackTrace(err);
            if (e instanceof VirtualMachineError) {
                close();
            }
            return ExitCode.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static PrintWriter writer(Answer answer, byte kind) {
        return new PrintWriter(new OutputStreamWriter(answer.stream(kind), StandardCharsets.UTF_8), true);
    }

    private String status() {
        long upMinutes = Duration.ofNanos(System.nanoTime() - startedNanos).toMinutes();
        return "build daemon: process " + ProcessHandle.current().pid() + ", up " + upMinutes + " min, "
                + builds + (builds == 1 ? " build" : " builds") + (busy.get() ? " (building now)" : "")
                + ", peak memory " + PeakMemory.describe() + ", socket " + socket;
    }

    private void watch() {
        while (!stopping) {
            try {
                Thread.sleep(watchPeriod.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            boolean idle = !busy.get();
            Duration idleFor = Duration.ofNanos(System.nanoTime() - lastUsedNanos);
            if (idle) {
                heap.whileIdle(idleFor);
            }
            boolean idleTooLong = idle && idleFor.compareTo(idleLimit) > 0;
            if (idleTooLong || (idle && outdated.getAsBoolean()) || !socketIsOurs()) {
                close();
            }
        }
    }

    private boolean socketIsOurs() {
        return Files.exists(socket) && Objects.equals(fileKey(socket), socketFileKey);
    }

    private static Object fileKey(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Stops listening and removes the socket, if it is still this daemon's. */
    @Override
    public synchronized void close() {
        stopping = true;
        if (server == null || !server.isOpen()) {
            return;
        }
        try {
            if (socketIsOurs()) {
                Files.deleteIfExists(socket);
                // a log with nothing in it (the usual case) would only pile up, one per jar built
                Path log = DaemonAddress.logOf(socket);
                if (Files.exists(log) && Files.size(log) == 0) {
                    Files.delete(log);
                }
            }
            server.close();
        } catch (IOException e) {
            // stopping anyway
        }
    }
}
