package dev.lectern.cli;

import dev.lectern.site.Sha256;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the build daemon for this command line listens, and how to start it. There is one daemon per
 * Lectern jar, Java, JVM options and environment (the variables a build reads): a build through the daemon
 * then runs exactly as it would in the client's own JVM, and a rebuilt jar gets a fresh daemon.
 *
 * @param socket    the daemon's Unix socket
 * @param java      the java executable the daemon runs on (the client's own)
 * @param jvmOptions the client's JVM options, minus agents and recordings that belong to one run
 * @param classPath the client's class path (the jar)
 */
record DaemonAddress(Path socket, Path java, List<String> jvmOptions, String classPath) {

    /** The variables a build reads (Node's location, the default cache folder): part of the daemon's identity. */
    static final List<String> ENVIRONMENT = List.of("LECTERN_NODE", "PATH", "XDG_CACHE_HOME", "HOME");

    /** Unix socket paths are limited to 107 bytes on Linux; leave room. */
    private static final int MAX_SOCKET_PATH = 100;

    DaemonAddress {
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** The address for the running JVM, or nothing when there is no private folder for the socket. */
    static Optional<DaemonAddress> forThisProcess(Map<String, String> environment) {
        return privateFolder(environment).flatMap(folder -> in(folder, environment));
    }

    /** The address for the running JVM with its socket in {@code folder}, or nothing when the path is too long. */
    static Optional<DaemonAddress> in(Path folder, Map<String, String> environment) {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(DaemonAddress::carriesOver).toList();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("java.class.path");
        String identity = String.join("\n", List.of(java.toString(), String.join(" ", options),
                classPathStamp(classPath), environmentPart(environment)));
        Path socket = folder.resolve("daemon-" + Sha256.hex(identity.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".sock").toAbsolutePath();
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            return Optional.empty();
        }
        return Optional.of(new DaemonAddress(socket, java, options, classPath));
    }

    /** Where the daemon writes what it prints outside any build (its start, a crash). */
    Path log() {
        return logOf(socket);
    }

    static Path logOf(Path socket) {
        String name = socket.getFileName().toString();
        return socket.resolveSibling(name.substring(0, name.length() - ".sock".length()) + ".log");
    }

    /** The command that starts the daemon: this JVM's java, options and class path. */
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        // An idle daemon should give its heap back: the JVM never shrinks below its initial size (by
        // default 1/64 of RAM), and by default shrinks in small steps, one per full collection.
        if (jvmOptions.stream().noneMatch(option -> option.startsWith("-Xms") || option.contains("InitialHeapSize"))) {
            command.add("-Xms64m");
        }
        command.add("-XX:-ShrinkHeapInSteps");
        command.add("-cp");
        command.add(classPath);
        command.add(BuildDaemon.class.getName());
        command.add(socket.toString());
        return command;
    }

    /** Agents, debuggers and flight recordings belong to the run that asked for them, not to a daemon. */
    static boolean carriesOver(String option) {
        return !(option.startsWith("-agentlib:") || option.startsWith("-agentpath:") || option.startsWith("-javaagent:")
                || option.startsWith("-XX:StartFlightRecording") || option.startsWith("-Xrunjdwp"));
    }

    private static String environmentPart(Map<String, String> environment) {
        StringBuilder part = new StringBuilder();
        for (String name : ENVIRONMENT) {
            part.append(name).append('=').append(environment.getOrDefault(name, "")).append('\0');
        }
        return part.toString();
    }

    /**
     * {@code $XDG_RUNTIME_DIR/lectern}, else {@code <tmp>/lectern-<user>}: a folder only this user can enter,
     * so no one else can reach the daemon through its socket. Nothing when it cannot be made so.
     */
    static Optional<Path> privateFolder(Map<String, String> environment) {
        String runtime = environment.getOrDefault("XDG_RUNTIME_DIR", "");
        String user = System.getProperty("user.name");
        Path folder = !runtime.isBlank() && Files.isDirectory(Path.of(runtime))
                ? Path.of(runtime, "lectern")
                : Path.of(System.getProperty("java.io.tmpdir"), "lectern-" + user);
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
            boolean privateToUs = Files.getOwner(folder).getName().equals(user)
                    && permissions.equals(PosixFilePermissions.fromString("rwx------"));
            return privateToUs ? Optional.of(folder) : Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** The class path's entries with their sizes and modification times: changes when the jar is rebuilt. */
    static String classPathStamp(String classPath) {
        StringBuilder stamp = new StringBuilder();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            stamp.append(path);
            try {
                stamp.append(' ').append(Files.size(path)).append(' ').append(Files.getLastModifiedTime(path));
            } catch (IOException e) {
                stamp.append(" missing");
            }
            stamp.append('\n');
        }
        return stamp.toString();
    }
}
