package dev.lectern.site;

import dev.lectern.testing.SiteRenderers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.math.MathRenderer;
import dev.lectern.parse.GuardedParsing;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds do only what changed: nothing for unchanged input, only the changed pages otherwise. */
@ExtendWith(SharedKatex.class)
class IncrementalBuildTest {
    private static final String SEED = EditedContent.SEED;
    private static final String PAGE = "lessons/latent-consistency-and-turbo/index.html";

    @TempDir
    Path dir;
    private Path content;
    private Path out;
    private Path cache;

    @BeforeEach
    void copyContent() throws IOException {
        content = dir.resolve("content");
        out = dir.resolve("out");
        cache = dir.resolve("cache");
        EditedContent.copy(Repo.content(), content);
    }

    private BuildResult build(MathRenderer math) {
        try (Lectern lectern = new Lectern(new GuardedParsing(2),
                math, SiteRenderers.oneOff(math)::render, Optional.of(cache), SiteSwitch.Steps.NONE)) {
            return lectern.build(content, out);
        }
    }

    @Test
    void unchangedRebuildWritesNothingAndRepeatsTheDiagnostics(MathRenderer math) throws IOException {
        BuildResult first = build(math);
        FileTime written = Files.getLastModifiedTime(out.resolve(PAGE));
        BuildResult second = build(math);
        assertEquals(0, second.filesWritten());
        assertEquals(first.diagnostics(), second.diagnostics());
        assertEquals(List.of("check inputs"), second.timings().stream().map(StageTiming::stage).toList());
        assertEquals(written, Files.getLastModifiedTime(out.resolve(PAGE)));
    }

    @Test
    void serveReadsAndRendersEverythingOnItsFirstBuildEvenWhenTheOutputIsUpToDateButWritesNothing(MathRenderer math) {
        build(math);
        BuildResult first;
        try (Lectern serve = Lectern.openLongLived(cache, math)) {
            first = serve.build(content, out);
        }
        // what serve keeps in memory from this build is what makes its first edit cheap
        assertEquals(List.of("check inputs", "load", "validate", "render", "check links", "report", "write"),
                first.timings().stream().map(StageTiming::stage).toList());
        assertEquals(0, first.filesWritten());
    }

    @Test
    void editingOneLessonRewritesOnlyThePagesThatChanged(MathRenderer math) throws IOException {
        int all = build(math).filesWritten();
        Path review = out.resolve("lessons/latent-consistency-and-turbo/review.html");
        FileTime reviewWritten = Files.getLastModifiedTime(review);
        Path seed = content.resolve(SEED);
        Files.writeString(seed, Files.readString(seed).replace("Brief reactivation of three concepts:",
                "A brief reactivation of three concepts:"));
        BuildResult edited = build(math);
        // the outline is the student page, part of the spec and the lesson's search sections (its words were all in the
        // search index already); the review page does not show it
        assertEquals(3, edited.filesWritten(), "of " + all);
        assertTrue(Files.readString(out.resolve(PAGE)).contains("A brief reactivation of three concepts:"));
        assertEquals(reviewWritten, Files.getLastModifiedTime(review));
    }

    /**
     * Serve reuses what it remembers (rendered lessons, the validation report shared by the course index
     * and the validation page, its own build state) and rewrites pages in place; the site it leaves
     * must be the one a full build of the same content makes, byte for byte, whether an edit changes
     * the diagnostics (a spaced em dash: the report, the index's notice and the lesson's pages change)
     * or not (and then goes back).
     */
    @Test
    void serveEditsLeaveTheSiteAFullBuildOfTheEditedContentMakes(MathRenderer math) throws IOException {
        Path seed = content.resolve(SEED);
        String original = Files.readString(seed);
        List<String> edits = List.of(
                original.replace("Brief reactivation of three concepts:", "Brief reactivation \u2014 of three concepts:"),
                original.replace("Brief reactivation of three concepts:", "A brief reactivation of three concepts:"),
                original);
        try (Lectern serve = Lectern.openLongLived(cache, math)) {
            serve.build(content, out);
            for (String edit : edits) {
                Files.writeString(seed, edit);
                serve.build(content, out);
                Path full = dir.resolve("full-" + edits.indexOf(edit));
                try (Lectern once = new Lectern(new GuardedParsing(2), math, SiteRenderers.oneOff(math)::render,
                        Optional.empty(), SiteSwitch.Steps.NONE)) {
                    once.build(content, full);
                }
                assertEquals(SiteFiles.of(full.resolve("lessons")), SiteFiles.of(out.resolve("lessons")),
                        "after edit " + edits.indexOf(edit));
            }
        }
    }

    /**
     * A lesson's page links the numbers of the lessons students are shown (consistency-models' "The next lesson
     * (7.3.2)"): when 7.3.2 falls back to a draft, serve writes the unchanged lesson's page again without the link,
     * as a full build does.
     */
    @Test
    void serveUnlinksALessonsNumberWhenThatLessonIsNoLongerShownToStudents(MathRenderer math) throws IOException {
        Path corpus = dir.resolve("corpus");
        EditedContent.copy(Repo.corpus(), corpus);
        Path turbo = corpus.resolve("series-7/module-7-3/lessons/latent-consistency-and-turbo.md");
        Path page = out.resolve("lessons/consistency-models/index.html");
        String link = "<a href=\"../latent-consistency-and-turbo/\" title=\"Latent Consistency &amp; Turbo\">7.3.2</a>";
        try (Lectern serve = Lectern.openLongLived(cache, math)) {
            serve.build(corpus, out);
            assertTrue(Files.readString(page).contains("The next lesson (" + link + ")"));
            Files.writeString(turbo, Files.readString(turbo).replace("### Verdict: PASS", "### Verdict: NEEDS REVISION"));
            serve.build(corpus, out);
        }
        assertTrue(Files.readString(page).contains("The next lesson (7.3.2)"));
        Path full = dir.resolve("full");
        try (Lectern once = new Lectern(new GuardedParsing(2), math, SiteRenderers.oneOff(math)::render,
                Optional.empty(), SiteSwitch.Steps.NONE)) {
            once.build(corpus, full);
        }
        assertEquals(SiteFiles.of(full.resolve("lessons")), SiteFiles.of(out.resolve("lessons")));
    }

    /**
     * A course-wide input (here {@code lectern.yaml} turning off the rules whose warnings leave the seed's
     * "traced" item not checkable) changes what the seed's checklist claims rest on, though the seed itself is
     * unchanged: serve judges them again, and its site is the one a full build makes.
     */
    @Test
    void serveJudgesAnUnchangedLessonsChecklistAgainWhenACourseWideInputChangesItsEvidence(MathRenderer math)
            throws IOException {
        Path json = out.resolve("lessons/latent-consistency-and-turbo/lesson.json");
        String before;
        try (Lectern serve = Lectern.openLongLived(cache, math)) {
            serve.build(content, out);
            before = Files.readString(json);
            Files.writeString(content.resolve("lectern.yaml"), "rules:\n  prereq-not-traceable: off\n");
            serve.build(content, out);
        }
        Path full = dir.resolve("full");
        try (Lectern once = new Lectern(new GuardedParsing(2), math, SiteRenderers.oneOff(math)::render,
                Optional.empty(), SiteSwitch.Steps.NONE)) {
            once.build(content, full);
        }
        assertEquals(SiteFiles.of(full.resolve("lessons")), SiteFiles.of(out.resolve("lessons")));
        // the "traced" item: not checkable from this content while its rows are reported not traceable
        assertEquals(2, before.split("\"status\": \"not-machine-checkable\"", -1).length - 1, before);
        String after = Files.readString(json);
        assertEquals(1, after.split("\"status\": \"not-machine-checkable\"", -1).length - 1, after);
    }

    @Test
    void aBuildStateRewrittenSinceServeWroteItIsReadAgainNotTheOneServeRemembers(MathRenderer math)
            throws IOException {
        try (Lectern serve = Lectern.openLongLived(cache, math)) {
            int all = serve.build(content, out).filesWritten();
            try (Stream<Path> states = Files.list(cache.resolve("builds"))) {
                for (Path state : states.toList()) {
                    Files.writeString(state, "{ not json");
                }
            }
            Path seed = content.resolve(SEED);
            Files.writeString(seed, Files.readString(seed).replace("Brief reactivation of three concepts:",
                    "A brief reactivation of three concepts:"));
            // the state on disk is unreadable, so this is a full build, not an edit of what serve remembers
            assertEquals(all, serve.build(content, out).filesWritten());
        }
    }

    @Test
    void aRemovedLessonLosesItsPages(MathRenderer math) throws IOException {
        build(math);
        Files.delete(content.resolve(SEED));
        build(math);
        assertFalse(Files.exists(out.resolve("lessons/latent-consistency-and-turbo")));
        assertTrue(Files.exists(out.resolve("lessons/index.html")));
    }

    @Test
    void outputTamperedWithSinceTheLastBuildIsRebuiltWhole(MathRenderer math) throws IOException {
        int all = build(math).filesWritten();
        Files.delete(out.resolve(PAGE));
        BuildResult rebuilt = build(math);
        assertEquals(all, rebuilt.filesWritten());
        assertTrue(Files.exists(out.resolve(PAGE)));
    }

    @Test
    void anUnreadableBuildStateMeansAFullBuildNotAWrongOne(MathRenderer math) throws IOException {
        int all = build(math).filesWritten();
        try (Stream<Path> states = Files.list(cache.resolve("builds"))) {
            for (Path state : states.toList()) {
                Files.writeString(state, "{ not json");
            }
        }
        assertEquals(all, build(math).filesWritten());
    }

    @Test
    void aDeletedOutputIsBuiltAgainByteForByte(MathRenderer math) throws IOException {
        int all = build(math).filesWritten();
        Map<String, String> before = SiteFiles.of(out);
        Trees.delete(out);

        assertEquals(all, build(math).filesWritten());
        assertEquals(before, SiteFiles.of(out));
    }

    @Test
    void aLessonWhoseSlugChangedLeavesNoFileOrFolderUnderItsOldName(MathRenderer math) throws IOException {
        build(math);
        Path seed = content.resolve(SEED);
        Files.writeString(seed, Files.readString(seed).replace("**Slug:** `latent-consistency-and-turbo`",
                "**Slug:** `renamed-lesson`"));

        build(math);

        assertFalse(Files.exists(out.resolve("lessons/latent-consistency-and-turbo")));
        assertTrue(Files.size(out.resolve("lessons/renamed-lesson/index.html")) > 0);
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).filter(f -> !f.endsWith(".lectern/lock"))
                    .filter(f -> size(f) == 0).toList(), "empty files");
        }
        try (Stream<Path> entries = Files.list(out)) {
            assertEquals(List.of(".lectern", "lessons"), entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> entries = Files.list(out.resolve(".lectern"))) {
            assertEquals(List.of("lock"), entries.map(p -> p.getFileName().toString()).toList(), "no staging left");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
