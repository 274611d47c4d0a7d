package dev.lectern.cli;

import dev.lectern.cli.DaemonProtocol.Frame;
import dev.lectern.cli.DaemonProtocol.Kind;
import dev.lectern.cli.DaemonProtocol.Request;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@code build} and {@code check} in the build daemon, starting one when none answers. Whenever the
 * daemon cannot do it (busy with another build, failing to start, lost mid-build) the answer is empty and
 * the caller builds in its own JVM, so the daemon only ever makes a build faster, never fail.
 */
final class DaemonClient {

    /** The commands worth a warm JVM; serve is one already, and the rest are instant. */
    private static final Set<String> COMMANDS = Set.of("build", "check");
    private static final Set<String> IN_PROCESS_FLAGS = Set.of("--no-daemon", "-h", "--help", "-V", "--version");
    static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    /** Starts a daemon process for an address; tests start one in a thread instead. */
    @FunctionalInterface
    interface Launcher {
        void launch(DaemonAddress address) throws IOException;
    }

    private final DaemonAddress address;
    private final Launcher launcher;
    private final Duration startTimeout;

    DaemonClient(DaemonAddress address, Launcher launcher, Duration startTimeout) {
        this.address = address;
        this.launcher = launcher;
        this.startTimeout = startTimeout;
    }

    /** Whether a command line should go to the daemon: build or check, not turned off by flag or environment. */
    static boolean wanted(List<String> args, Map<String, String> environment) {
        String setting = environment.getOrDefault("LECTERN_DAEMON", "on").trim().toLowerCase();
        boolean off = Set.of("off", "false", "no", "0").contains(setting);
        return !off && !args.isEmpty() && COMMANDS.contains(args.get(0))
                && args.stream().noneMatch(IN_PROCESS_FLAGS::contains);
    }

    /**
     * Runs the command line in the daemon, copying its output to {@code out} and {@code err} as it comes; the
     * exit code, or nothing when the caller should run it itself.
     */
    Optional<Integer> run(List<String> args, Path workingDir, OutputStream out, OutputStream err) {
        Optional<SocketChannel> connection = connectOrStart();
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        try (SocketChannel channel = connection.get()) {
            new Request(Kind.RUN, workingDir.toAbsolutePath().toString(), args)
                    .writeTo(new DataOutputStream(Channels.newOutputStream(channel)));
            DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
            while (true) {
                Frame frame = Frame.readFrom(in);
                if (frame instanceof Frame.Output output) {
                    OutputStream target = output.kind() == DaemonProtocol.OUT ? out : err;
                    target.write(output.bytes());
                    target.flush();
                } else if (frame instanceof Frame.Exit exit) {
                    return Optional.of(exit.code());
                } else {
                    return Optional.empty();
                }
            }
        } catch (IOException e) {
            say(err, "lectern: lost the build daemon (" + e.getMessage() + "); building without it\n");
            return Optional.empty();
        }
    }

    /** The running daemon's own description, or nothing when none answers; starts none. */
    Optional<String> status() {
        return ask(Kind.STATUS);
    }

    /** Asks the running daemon to stop once its build, if any, is over; what it said, or nothing when none ran. */
    Optional<String> stop() {
        return ask(Kind.STOP);
    }

    private Optional<String> ask(Kind kind) {
        Optional<SocketChannel> connection = connect();
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        try (SocketChannel channel = connection.get()) {
            new Request(kind, "", List.of()).writeTo(new DataOutputStream(Channels.newOutputStream(channel)));
            Frame frame = Frame.readFrom(new DataInputStream(Channels.newInputStream(channel)));
            return frame instanceof Frame.Status status ? Optional.of(status.text()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<SocketChannel> connectOrStart() {
        Optional<SocketChannel> running = connect();
        if (running.isPresent()) {
            return running;
        }
        try {
            // the daemon itself replaces a socket that nobody answers on (left by one that died)
            launcher.launch(address);
        } catch (IOException e) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<SocketChannel> started = connect();
            if (started.isPresent()) {
                return started;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<SocketChannel> connect() {
        try {
            return Optional.of(SocketChannel.open(UnixDomainSocketAddress.of(address.socket())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void say(OutputStream err, String line) {
        try {
            err.write(line.getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException ignored) {
            // nowhere left to say it
        }
    }

    /** Starts the daemon as its own process, in its own session so that the terminal's Ctrl-C spares it. */
    static final class ProcessLauncher implements Launcher {
        private static final Path SETSID = Path.of("/usr/bin/setsid");

        @Override
        public void launch(DaemonAddress address) throws IOException {
            List<String> command = address.command();
            if (Files.isExecutable(SETSID)) {
                command = new ArrayList<>(command);
                command.add(0, SETSID.toString());
            }
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(address.log().toFile()))
                    .start();
            process.getOutputStream().close();
        }
    }
}
