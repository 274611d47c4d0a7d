package dev.lectern.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import dev.lectern.site.Baseline;
import dev.lectern.site.Lectern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lectern:check}, which {@code mvn verify} runs: content errors fail the build, each printed
 * in the compiler format with its source line and caret. Checking typesets nothing, so no KaTeX.
 */
class CheckMojoTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private CheckMojo mojo() {
        CheckMojo mojo = new CheckMojo();
        mojo.basedir = project.toFile();
        mojo.contentDirectory = project.resolve("content").toFile();
        mojo.cacheDirectory = project.resolve("target/lectern-cache").toFile();
        mojo.setLog(log);
        return mojo;
    }

    /** What was logged, without the stage timings (which vary). */
    private List<String> logged() {
        return log.lines.stream().filter(line -> !line.startsWith("info: Lectern stages: ")).toList();
    }

    @Test
    void failsOnAContentErrorAfterPrintingItWithItsSourceLine() throws IOException {
        Path lessons = Files.createDirectories(project.resolve("content/series-1/module-1-1/lessons"));
        Files.write(lessons.resolve("broken.md"), new byte[] {'#', ' ', 'L', 'e', 's', 's', 'o', 'n', ':', ' ',
            (byte) 0xC3, (byte) 0x28, '\n'});

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo().execute());

        assertEquals("Lectern: the content has 1 error(s), listed above", failure.getMessage());
        // the lesson's other problems (warnings: no metadata, ...) are the rules' business
        assertEquals(List.of(
                "error: content/series-1/module-1-1/lessons/broken.md:1:11: error[invalid-utf8]: bytes that are not "
                        + "UTF-8 are shown as \uFFFD; save the file as UTF-8",
                "error:      1 | # Lesson: \uFFFD(",
                "error:        |           ^"), logged().stream().filter(line -> line.startsWith("error: ")).toList());
        assertEquals(true, logged().get(logged().size() - 1).startsWith("info: Lectern: 1 error, "), logged().toString());
    }

    @Test
    void passesContentWithoutErrors() throws Exception {
        Files.createDirectories(project.resolve("content"));

        mojo().execute();

        assertEquals(List.of("info: Lectern: 0 errors, 0 warnings, 0 infos in 0 files"), logged());
    }
    /** A lesson with one warning (an unticked checklist item the specification does not decide). */
    private void lessonWithAWarning() throws IOException {
        Path lessons = Files.createDirectories(project.resolve("content/series-1/module-1-1/lessons"));
        Files.writeString(lessons.resolve("a.md"), "# Lesson: A\n\n**Slug:** a\n**Module:** 1.1\n**Position:** Lesson 1 of 1\n"
                + "\n## Checklists\n\n### Audit\n\n- [ ] Bananas are ripe\n");
    }

    @Test
    void failOnWarningFailsOnAWarningAndABaselineOfItPassesAgain() throws Exception {
        lessonWithAWarning();
        CheckMojo mojo = mojo();
        mojo.failOn = "warning";

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals(true, failure.getMessage().endsWith(" error(s) or warning(s) (failOn: warning), listed above"),
                failure.getMessage());

        Path baseline = project.resolve("lectern-baseline.json");
        try (Lectern lectern = Lectern.open(project.resolve("target/c"))) {
            Baseline.write(baseline, project.resolve("content"), lectern.check(project.resolve("content")).diagnostics());
        }
        CheckMojo known = mojo();
        known.failOn = "warning";
        known.baseline = baseline.toFile();
        known.execute();
        assertEquals(true, logged().stream().anyMatch(l -> l.startsWith("info: Lectern: ") && l.endsWith(
                " left out (the baseline " + baseline + ")")), logged().toString());
    }

    @Test
    void anUnusableBaselineFailOnOrMinSeverityIsAnExecutionErrorNotAFailure() throws IOException {
        lessonWithAWarning();
        CheckMojo mojo = mojo();
        mojo.baseline = project.resolve("missing.json").toFile();
        assertEquals("Lectern: baseline " + mojo.baseline + " does not exist (write one with --write-baseline "
                + mojo.baseline + ")", assertThrows(MojoExecutionException.class, mojo::execute).getMessage());

        CheckMojo strict = mojo();
        strict.failOn = "info";
        assertEquals("Lectern: failOn must be error or warning, not 'info'",
                assertThrows(MojoExecutionException.class, strict::execute).getMessage());

        CheckMojo quiet = mojo();
        quiet.minSeverity = "none";
        assertEquals("Lectern: minSeverity must be error, warning or info, not 'none'",
                assertThrows(MojoExecutionException.class, quiet::execute).getMessage());
    }

    @Test
    void withoutACacheDirectoryTheGoalsShareTheUsersCacheFolderWithTheCli() {
        // outside target/, so mvn clean keeps the typeset formulas; lectern serve and build fill the same one
        File target = project.resolve("target").toFile();
        Optional<Path> users = Optional.of(Path.of("/home/ada/.cache/lectern"));
        assertEquals(users.get(), LecternMojo.cacheDir(null, users, target));
        assertEquals(project.resolve("elsewhere"), LecternMojo.cacheDir(project.resolve("elsewhere").toFile(), users, target));
        // a user without a cache folder (no home, as in many containers): in target/, as before it was shared
        assertEquals(project.resolve("target/lectern-cache"), LecternMojo.cacheDir(null, Optional.empty(), target));
    }
}
