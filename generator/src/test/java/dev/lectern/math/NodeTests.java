package dev.lectern.math;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/** Node for tests: the calling test is skipped where there is none (CI has it). */
final class NodeTests {

    private NodeTests() {
    }

    /** The {@code node} on the PATH, as {@code LECTERN_NODE} would name it; skips the test without one. */
    static NodeCommand nodeOrSkip() {
        assumeTrue(version().startsWith("v"), "node is not on PATH");
        return new NodeCommand("node");
    }

    /** What {@code node --version} prints, e.g. {@code v20.20.2}; empty when node does not run. */
    static String version() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** An executable shell script in {@code dir} (a stand-in for node); skips where there is no /bin/sh. */
    static NodeCommand script(Path dir, String name, String body) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh for a stand-in node");
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new NodeCommand(script.toString());
    }
}
