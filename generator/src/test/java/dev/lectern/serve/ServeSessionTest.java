package dev.lectern.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.math.MathRenderer;
import dev.lectern.site.BuildResult;
import dev.lectern.site.Lectern;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** lectern serve over a copy of the repository's content: serve, edit, rebuild, reload. */
@ExtendWith(SharedKatex.class)
class ServeSessionTest {
    private static final String SEED = EditedContent.SEED;

    @Test
    void anEditedLessonIsRebuiltAndTheOpenPageToldToReload(MathRenderer math, @TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        EditedContent.copy(Repo.content(), content);
        List<BuildResult> builds = new CopyOnWriteArrayList<>();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        try (Lectern lectern = Lectern.openLongLived(dir.resolve("cache"), math);
             ServeSession session = new ServeSession(content, dir.resolve("out"), InetAddress.getLoopbackAddress(), 0,
                     lectern::build, builds::add, e -> { throw e; })) {
            URI index = session.start();
            String page = http.send(HttpRequest.newBuilder(index.resolve("latent-consistency-and-turbo/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains(LiveReload.SCRIPT), "the served page carries the reload script");

            http.sendAsync(HttpRequest.newBuilder(index.resolve(LiveReload.PATH)).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(events::add));
            waitFor(() -> session.listening() == 1);

            Path seed = content.resolve(SEED);
            Files.writeString(seed, Files.readString(seed).replace("Brief reactivation of three concepts:",
                    "A brief reactivation of three concepts:"));
            long saved = System.nanoTime();
            String event;
            do {
                event = events.poll(20, TimeUnit.SECONDS);
            } while (event != null && !event.equals("data: reload"));
            long reloadedMillis = (System.nanoTime() - saved) / 1_000_000;

            assertEquals("data: reload", event);
            assertEquals(2, builds.size());
            assertEquals(3, builds.get(1).filesWritten()); // student page, spec, search index
            String rebuilt = http.send(HttpRequest.newBuilder(index.resolve("latent-consistency-and-turbo/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(rebuilt.contains("A brief reactivation of three concepts:"));
            System.out.println("serve: save to reload event in " + reloadedMillis + " ms");
        }
    }

    @Test
    void aLessonSavedInANewFolderIsPublishedAndADeletedOneIsRemoved(MathRenderer math, @TempDir Path dir)
            throws Exception {
        Path content = dir.resolve("content");
        EditedContent.copy(Repo.content(), content);
        Path out = dir.resolve("out");
        List<BuildResult> builds = new CopyOnWriteArrayList<>();
        try (Lectern lectern = Lectern.openLongLived(dir.resolve("cache"), math);
             ServeSession session = new ServeSession(content, out, InetAddress.getLoopbackAddress(), 0,
                     lectern::build, builds::add, e -> { throw e; })) {
            session.start();
            Path seed = content.resolve(SEED);
            Path copy = content.resolve("series-7/module-7-4/lessons/copied-lesson.md");
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, EditedContent.replaceOnce(Files.readString(seed),
                    "**Slug:** `latent-consistency-and-turbo`", "**Slug:** `copied-lesson`"));
            Path published = out.resolve("lessons/copied-lesson/index.html");
            waitFor(() -> Files.isRegularFile(published));

            Files.delete(copy);
            waitFor(() -> !Files.exists(published));
            assertTrue(Files.isRegularFile(out.resolve("lessons/latent-consistency-and-turbo/index.html")));
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(condition.getAsBoolean(), "timed out");
    }

}
