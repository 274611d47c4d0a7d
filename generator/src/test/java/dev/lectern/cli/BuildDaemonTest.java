package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.CourseContent;
import dev.lectern.site.BuildResult;
import dev.lectern.site.CheckResult;
import dev.lectern.testing.Repo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build daemon and its client, in threads of this JVM (the real process is DaemonProcessTest's). */
class BuildDaemonTest {

    private static final Duration LONG = Duration.ofMinutes(10);

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RecordingHeapControl heapControl = new RecordingHeapControl();
    private final List<String> heapCalls = heapControl.calls;
    private Duration heapReturnAfter = LONG;
    private BuildDaemon daemon;
    private Thread serving;

    @AfterEach
    void stopTheDaemon() throws InterruptedException {
        if (daemon != null) {
            daemon.close();
            serving.join(5_000);
        }
    }

    private DaemonAddress address() {
        return DaemonAddress.in(temp, Map.of()).orElseThrow();
    }

    private void startDaemon(Engine.Factory engines, Duration idleLimit, boolean outdated) {
        daemon = new BuildDaemon(address().socket(), engines, idleLimit, Duration.ofMillis(20), () -> outdated,
                new DaemonHeap(heapControl, heapReturnAfter));
        serving = new Thread(() -> {
            try {
                daemon.serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        serving.start();
    }

    /** A client whose launcher starts the daemon in a thread of this JVM, counting the starts. */
    private DaemonClient client(Engine.Factory engines, AtomicInteger launches) {
        return new DaemonClient(address(), ignored -> {
            launches.incrementAndGet();
            startDaemon(engines, LONG, false);
        }, Duration.ofSeconds(10));
    }

    private String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCheckThroughTheDaemonPrintsAndExitsExactlyAsInProcess() {
        String content = Repo.content().toString();
        StringWriter inProcessOut = new StringWriter();
        StringWriter inProcessErr = new StringWriter();
        int inProcess = new LecternCli(Engine.LECTERN, new PrintWriter(inProcessOut, true),
                new PrintWriter(inProcessErr, true)).execute("check", content, "--cache", temp.resolve("c").toString());

        Optional<Integer> viaDaemon = client(Engine.LECTERN, new AtomicInteger())
                .run(List.of("check", content, "--cache", temp.resolve("c").toString()), temp, out, err);

        assertEquals(Optional.of(inProcess), viaDaemon);
        assertEquals(inProcessOut.toString(), text(out));
        assertEquals(inProcessErr.toString(), text(err));
    }

    @Test
    void relativePathsAreResolvedAgainstTheClientsFolderAndShownAsTyped() {
        String absolute = Repo.content().toString();
        StringWriter inProcessOut = new StringWriter();
        new LecternCli(Engine.LECTERN, new PrintWriter(inProcessOut, true), new PrintWriter(new StringWriter(), true))
                .execute("check", absolute, "--cache", temp.resolve("c").toString());

        Optional<Integer> code = client(Engine.LECTERN, new AtomicInteger())
                .run(List.of("check", "content", "--cache", temp.resolve("c").toString()), Repo.root(), out, err);

        assertEquals(Optional.of(ExitCode.OK), code);
        assertEquals(inProcessOut.toString().replace(absolute + "/", "content/"), text(out));
    }

    @Test
    void theFirstBuildStartsTheDaemonAfterRemovingADeadOnesSocketAndTheNextReusesIt() throws IOException {
        Files.writeString(address().socket(), "left by a daemon that died");
        AtomicInteger launches = new AtomicInteger();
        List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        Engine.Factory engines = cache -> new RecordingEngine(calls, new CountDownLatch(0));
        DaemonClient client = client(engines, launches);

        Optional<Integer> first = client.run(List.of("build", temp.toString(), "--out", "site"), temp, out, err);
        Optional<Integer> second = client.run(List.of("build", temp.toString(), "--out", "site"), temp, out, err);

        assertEquals(Optional.of(ExitCode.OK), first);
        assertEquals(Optional.of(ExitCode.OK), second);
        assertEquals(1, launches.get());
        assertEquals("wrote 1 files to site/lessons", text(err).lines().reduce((a, b) -> b).orElseThrow());
        assertEquals(List.of("build " + temp + " -> " + temp.resolve("site"), "build " + temp + " -> " + temp.resolve("site")),
                calls);
    }

    @Test
    void aSecondCommandWhileOneRunsIsHandedBackToItsCaller() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        startDaemon(cache -> new RecordingEngine(calls, release), LONG, false);
        DaemonClient client = new DaemonClient(address(), ignored -> { }, Duration.ofSeconds(10));
        Thread first = new Thread(() -> client.run(List.of("check", temp.toString()), temp,
                new ByteArrayOutputStream(), new ByteArrayOutputStream()));
        first.start();
        while (calls.isEmpty()) {
            Thread.sleep(5);
        }

        Optional<Integer> second = client.run(List.of("check", temp.toString()), temp, out, err);
        release.countDown();
        first.join(5_000);

        assertEquals(Optional.empty(), second);
        assertEquals(List.of("check " + temp), calls);
    }

    @Test
    void afterEachBuildTheGarbageIsCollectedWithTheHeapKeptAndOnceIdleTheHeapIsGivenBack() throws Exception {
        heapReturnAfter = Duration.ofMillis(300);
        DaemonClient client = client(cache -> new RecordingEngine(new java.util.ArrayList<>(), new CountDownLatch(0)),
                new AtomicInteger());

        client.run(List.of("check", temp.toString()), temp, out, err);
        client.run(List.of("check", temp.toString()), temp, out, err);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (heapCalls.size() < 6 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200); // a few more idle checks: the heap is given back once

        assertEquals(List.of("keep size", "collect", "keep size", "collect", "may shrink", "collect"), heapCalls);
    }

    @Test
    void withoutADaemonComingUpTheClientHandsTheCommandBack() {
        DaemonClient client = new DaemonClient(address(), ignored -> { }, Duration.ofMillis(100));

        assertEquals(Optional.empty(), client.run(List.of("check", temp.toString()), temp, out, err));
    }

    @Test
    void anIdleDaemonStopsAndRemovesItsSocketAndItsLogWhenEmpty() throws Exception {
        Files.createFile(address().log());
        startDaemon(cache -> new RecordingEngine(List.of(), new CountDownLatch(0)), Duration.ofMillis(50), false);

        serving.join(5_000);

        assertFalse(serving.isAlive());
        assertFalse(Files.exists(address().socket()));
        assertFalse(Files.exists(address().log()));
    }

    @Test
    void aDaemonWhoseJarChangedStopsOnceIdle() throws InterruptedException {
        startDaemon(cache -> new RecordingEngine(List.of(), new CountDownLatch(0)), LONG, true);

        serving.join(5_000);

        assertFalse(serving.isAlive());
    }

    @Test
    void statusDescribesTheRunningDaemonAndStopEndsIt() throws InterruptedException {
        DaemonClient client = client(cache -> new RecordingEngine(new java.util.ArrayList<>(), new CountDownLatch(0)),
                new AtomicInteger());
        client.run(List.of("check", temp.toString()), temp, out, err);

        String status = client.status().orElseThrow();
        String stopped = client.stop().orElseThrow();
        serving.join(5_000);

        long pid = ProcessHandle.current().pid();
        assertTrue(status.matches("build daemon: process " + pid + ", up 0 min, 1 build, peak memory \\d+ MiB, socket "
                + java.util.regex.Pattern.quote(address().socket().toString())), status);
        assertEquals("stopped the build daemon (process " + pid + ")", stopped);
        assertFalse(serving.isAlive());
        assertEquals(Optional.empty(), client.status());
    }

    @Test
    void onlyBuildAndCheckGoToTheDaemonAndBothFlagAndEnvironmentTurnItOff() {
        assertTrue(DaemonClient.wanted(List.of("build", "c", "--out", "o"), Map.of()));
        assertTrue(DaemonClient.wanted(List.of("check", "c"), Map.of("LECTERN_DAEMON", "on")));
        assertFalse(DaemonClient.wanted(List.of("serve", "c"), Map.of()));
        assertFalse(DaemonClient.wanted(List.of("daemon", "status"), Map.of()));
        assertFalse(DaemonClient.wanted(List.of(), Map.of()));
        assertFalse(DaemonClient.wanted(List.of("build", "c", "--out", "o", "--no-daemon"), Map.of()));
        assertFalse(DaemonClient.wanted(List.of("build", "--help"), Map.of()));
        assertFalse(DaemonClient.wanted(List.of("build", "c", "--out", "o"), Map.of("LECTERN_DAEMON", "off")));
    }

    @Test
    void theDaemonsAddressChangesWithTheEnvironmentABuildReads() {
        Path same = DaemonAddress.in(temp, Map.of("PATH", "/bin")).orElseThrow().socket();

        assertEquals(same, DaemonAddress.in(temp, Map.of("PATH", "/bin", "EDITOR", "vi")).orElseThrow().socket());
        assertFalse(same.equals(DaemonAddress.in(temp, Map.of("PATH", "/usr/bin")).orElseThrow().socket()));
        assertFalse(same.equals(DaemonAddress.in(temp, Map.of("PATH", "/bin", "LECTERN_NODE", "/opt/node"))
                .orElseThrow().socket()));
    }

    @Test
    void theDaemonRunsOnTheClientsJavaOptionsAndClassPathWithAHeapItCanGiveBackWhenIdle() {
        Path socket = temp.resolve("daemon-1.sock");
        Path java = Path.of("/opt/jdk/bin/java");

        assertEquals(List.of("/opt/jdk/bin/java", "-Xmx1g", "-XX:+UseSerialGC", "-Xms64m", "-XX:-ShrinkHeapInSteps",
                        "-cp", "lectern.jar", "dev.lectern.cli.BuildDaemon", socket.toString()),
                new DaemonAddress(socket, java, List.of("-Xmx1g", "-XX:+UseSerialGC"), "lectern.jar").command());
        assertEquals(List.of("/opt/jdk/bin/java", "-Xms512m", "-XX:-ShrinkHeapInSteps",
                        "-cp", "lectern.jar", "dev.lectern.cli.BuildDaemon", socket.toString()),
                new DaemonAddress(socket, java, List.of("-Xms512m"), "lectern.jar").command());
        assertEquals(temp.resolve("daemon-1.log"), new DaemonAddress(socket, java, List.of(), "x.jar").log());
    }

    @Test
    void agentsDebuggersAndRecordingsStayWithTheCommandThatAskedForThem() {
        assertEquals(List.of("-Xmx1g", "-Dlectern.x=1"), java.util.stream.Stream.of("-Xmx1g", "-javaagent:jacoco.jar",
                "-agentlib:jdwp=transport=dt_socket", "-XX:StartFlightRecording=filename=a.jfr", "-Dlectern.x=1")
                .filter(DaemonAddress::carriesOver).toList());
    }

    @Test
    void theSocketFolderMustBeReachableByThisUserAlone() throws IOException {
        Map<String, String> environment = Map.of("XDG_RUNTIME_DIR", temp.toString());

        Optional<Path> made = DaemonAddress.privateFolder(environment);
        Files.setPosixFilePermissions(temp.resolve("lectern"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));

        assertEquals(Optional.of(temp.resolve("lectern")), made);
        assertEquals(Optional.empty(), DaemonAddress.privateFolder(environment));
    }

    /** Records its commands; {@code check} waits for {@code release}, to keep the daemon busy. */
    private record RecordingEngine(List<String> calls, CountDownLatch release) implements Engine {
        @Override
        public CheckResult check(Path contentDir) {
            calls.add("check " + contentDir);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new CheckResult(new CourseContent(Optional.empty(), List.of(), List.of(), List.of(), List.of()),
                    List.of(), List.of());
        }

        @Override
        public BuildResult build(Path contentDir, Path outputDir) {
            calls.add("build " + contentDir + " -> " + outputDir);
            return new BuildResult(outputDir, List.of(), List.of(), 1);
        }

        @Override
        public void close() {
        }
    }
}
