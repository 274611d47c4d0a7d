package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.Repo;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real daemon process, started the way {@code java -jar lectern.jar build} starts it. */
class DaemonProcessTest {

    @TempDir
    Path temp;

    @Test
    void aDaemonProcessStartedByTheFirstCheckServesTheSecondAndStopsWhenAsked() throws Exception {
        DaemonAddress address = DaemonAddress.in(temp, Map.of()).orElseThrow();
        DaemonClient client = new DaemonClient(address, new DaemonClient.ProcessLauncher(), Duration.ofSeconds(60));
        List<String> check = List.of("check", Repo.content().toString(), "--cache", temp.resolve("cache").toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int first = client.run(check, temp, new ByteArrayOutputStream(), err).orElseThrow();
        int second = client.run(check, temp, new ByteArrayOutputStream(), err).orElseThrow();
        String status = client.status().orElseThrow();
        Matcher described = Pattern.compile("build daemon: process (\\d+), up 0 min, 2 builds, peak memory \\d+ MiB, "
                + "socket " + Pattern.quote(address.socket().toString())).matcher(status);
        assertTrue(described.matches(), status);
        long pid = Long.parseLong(described.group(1));
        String stopped = client.stop().orElseThrow();
        ProcessHandle.of(pid).ifPresent(daemon -> daemon.onExit().orTimeout(20, TimeUnit.SECONDS).join());

        assertEquals(ExitCode.OK, first, err.toString());
        assertEquals(ExitCode.OK, second, err.toString());
        assertNotEquals(ProcessHandle.current().pid(), pid);
        assertEquals("stopped the build daemon (process " + pid + ")", stopped);
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertFalse(Files.exists(address.socket()));
    }
}
