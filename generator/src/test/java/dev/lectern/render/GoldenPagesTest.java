package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole pages of the hand-built sample lesson ({@link SampleLessons}, fake KaTeX) against files in
 * {@code src/test/resources/render/golden/}. After an intended change to templates or rendering,
 * regenerate them and review the diff:
 * <pre>cd generator && mvn -q test -Dtest=GoldenPagesTest -Dlectern.updateGolden=true</pre>
 * To look at the sample site in a browser, {@code -Dlectern.render.dumpDir=/tmp/sample} writes
 * every file of it (assets included) into that folder.
 */
class GoldenPagesTest {
    private static final String GOLDEN = "render/golden/";
    private static final RenderedSite SITE = RenderedSite.sample();

    @ParameterizedTest
    @ValueSource(strings = {"lessons/index.html", "lessons/sample-lesson/index.html",
            "lessons/sample-lesson/spec.html", "lessons/sample-lesson/review.html",
            "lessons/sample-lesson/lesson.json", "lessons/stray-lesson/index.html"})
    void matchesItsGoldenFile(String path) throws IOException {
        String actual = SITE.text(path);
        if (Boolean.getBoolean("lectern.updateGolden")) {
            Path file = Path.of(System.getProperty("lectern.repo"), "generator/src/test/resources", GOLDEN, path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(golden(path), actual, "differs from " + GOLDEN + path + " (see the class comment to update)");
    }

    @Test
    void dumpsTheSampleSiteWhenAskedTo() throws IOException {
        String dir = System.getProperty("lectern.render.dumpDir", "");
        if (dir.isBlank()) {
            return;
        }
        for (RenderedFile file : SITE.files) {
            Path target = Path.of(dir).resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
    }

    private static String golden(String path) throws IOException {
        try (InputStream in = GoldenPagesTest.class.getClassLoader().getResourceAsStream(GOLDEN + path)) {
            if (in == null) {
                throw new AssertionError("no golden file " + GOLDEN + path + " (see the class comment to create it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
