package dev.lectern.render;

import dev.lectern.model.Severity;
import dev.lectern.testing.Golden;
import dev.lectern.validate.ChecklistClaims;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    /** Relative to the shared golden folder ({@code src/test/resources/golden}). */
    private static final String GOLDEN = "../render/golden/";
    private static final RenderedSite SITE = RenderedSite.sample();

    @ParameterizedTest
    @ValueSource(strings = {"lessons/index.html", "lessons/sample-lesson/index.html",
            "lessons/sample-lesson/spec.html", "lessons/sample-lesson/review.html",
            "lessons/sample-lesson/lesson.json", "lessons/stray-lesson/index.html"})
    void matchesItsGoldenFile(String path) {
        Golden.assertMatches(GOLDEN + path, SITE.text(path));
    }

    @Test
    void theValidationPageMatchesItsGoldenFile() {
        RenderedFile page = new ValidationPageRenderer(new ChecklistClaims()).render(SampleLessons.course(), SampleLessons.diagnostics(),
                Severity.WARNING);
        Golden.assertMatches(GOLDEN + page.path(), new String(page.content(), StandardCharsets.UTF_8));
    }

    @Test
    void dumpsTheSampleSiteWhenAskedTo() throws IOException {
        List<RenderedFile> files = new ArrayList<>(SITE.files);
        files.add(new ValidationPageRenderer(new ChecklistClaims()).render(SampleLessons.course(), SampleLessons.diagnostics(),
                Severity.WARNING));
        RenderedSite.dump(files);
    }
}
