package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Lesson;
import dev.lectern.model.Paragraph;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits that bound each file's work are the same on every machine: what passes them is
 * published whole, in time linear in its size; what does not is reported at its place. (The time
 * bounds below are generous for a shared machine: the parse they guard against took minutes for
 * the links, and 25 s on an idle machine for the list, growing with the cube of its depth.)
 */
class ParseLimitsTest {

    private static String links(int count) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < count; i++) {
            paragraph.append("[link ").append(i).append("](https://example.com/course/page-").append(i)
                    .append(") and some ordinary words, ");
        }
        return paragraph.toString().strip();
    }

    private static Duration timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aParagraphOfTenThousandOrdinaryLinksIsPublishedWhole(@TempDir Path content) throws IOException {
        String paragraph = links(10_000);
        assertTrue(paragraph.length() > 400_000);
        Path lessons = Files.createDirectories(content.resolve("lessons"));
        Files.writeString(lessons.resolve("links.md"), "# Lesson: Links\n\n" + paragraph + "\n\n> " + paragraph
                + "\n> " + paragraph + "\n\n- " + paragraph + "\n  " + paragraph + "\n");
        Loading.Loaded[] loaded = new Loading.Loaded[1];
        Duration took = timed(() -> loaded[0] = Loading.load(content));
        assertEquals(List.of(), loaded[0].diagnostics());
        Lesson lesson = loaded[0].content().lesson("links").orElseThrow();
        assertEquals(paragraph, ((Paragraph) lesson.preamble().get(0)).text().markdown());
        assertTrue(took.toSeconds() < 10, "took " + took);
    }

    @Test
    void theRealCourseUsesUnderATenthOfTheInlineBudget() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path root : List.of(Repo.content(), Repo.corpus())) {
            try (Stream<Path> walk = Files.walk(root)) {
                files.addAll(walk.filter(p -> p.toString().endsWith(".md")).toList());
            }
        }
        for (Path file : files) {
            for (String block : Files.readString(file).split("\n[ \t]*\n")) {
                long work = InlineBudget.work(block, 1, false);
                assertTrue(work >= 0 && work * 10 <= (long) InlineBudget.WORK_PER_CHAR * block.length(),
                        file + ": " + work + " for " + block.length() + " characters in " + block);
            }
        }
    }

    @Test
    void aListTwoThousandLevelsDeepIsReportedAndCheap(@TempDir Path content) throws IOException {
        StringBuilder list = new StringBuilder("# Lesson: Deep\n\n");
        for (int depth = 0; depth < 2000; depth++) {
            list.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        Path lessons = Files.createDirectories(content.resolve("lessons"));
        Files.writeString(lessons.resolve("deep.md"), list.toString());
        Files.writeString(lessons.resolve("fine.md"), "# Lesson: Fine\n");
        Loading.Loaded[] loaded = new Loading.Loaded[1];
        Duration took = timed(() -> loaded[0] = Loading.load(content));
        assertEquals(List.of("lessons/deep.md:27:1: warning[nesting-too-deep]: content nested more than 24 levels "
                        + "deep is shown as plain text",
                "lessons/deep.md:67:1: warning[nesting-too-deep]: lists, quotes or directives nested more than 64 deep "
                        + "(here and on 1935 more lines); the deeper part is kept as plain text"),
                loaded[0].diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals(List.of("deep", "fine"), loaded[0].content().lessons().stream().map(Lesson::slug).sorted().toList());
        assertTrue(took.toSeconds() < 30, "took " + took);
    }

    @Test
    void aFileOverTheSizeLimitIsReportedWithoutBeingRead(@TempDir Path content) throws IOException {
        Path lessons = Files.createDirectories(content.resolve("lessons"));
        try (RandomAccessFile huge = new RandomAccessFile(lessons.resolve("huge.md").toFile(), "rw")) {
            huge.setLength(1L << 30); // a gigabyte of holes: reading it would take seconds and the heap
        }
        Files.writeString(lessons.resolve("fine.md"), "# Lesson: Fine\n");
        Loading.Loaded[] loaded = new Loading.Loaded[1];
        Duration took = timed(() -> loaded[0] = Loading.load(content));
        assertEquals(List.of("lessons/huge.md:0:0: error[file-too-large]: the file is 1024.0 MB, over the limit of "
                        + "8.0 MB (limits: max-file-size in lectern.yaml); it is not read"),
                loaded[0].diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals(List.of("fine"), loaded[0].content().lessons().stream().map(Lesson::slug).toList());
        assertTrue(took.toSeconds() < 5, "took " + took);
    }

    @Test
    void theSizeLimitAdmitsAFileOfExactlyItsSize(@TempDir Path content) throws IOException {
        Path lessons = Files.createDirectories(content.resolve("lessons"));
        String exact = "# Lesson: Exact\n" + "x".repeat(1024 - 17) + "\n";
        assertEquals(1024, exact.length());
        Files.writeString(lessons.resolve("exact.md"), exact);
        Files.writeString(lessons.resolve("over.md"), exact + "y");
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        CourseContent loaded;
        try (GuardedParsing guard = new GuardedParsing(1)) {
            loaded = ContentLoader.standard(guard).load(new ContentScanner().scan(content), new ParseLimits(1024), diagnostics);
        }
        assertEquals(List.of("lessons/over.md:0:0: error[file-too-large]: the file is 1.0 KB, over the limit of 1.0 KB "
                + "(limits: max-file-size in lectern.yaml); it is not read"),
                diagnostics.sorted().stream().map(Diagnostic::format).toList());
        assertEquals(List.of("exact"), loaded.lessons().stream().map(Lesson::slug).toList());
    }
}
