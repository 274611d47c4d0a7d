package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.math.MathRenderer;
import dev.lectern.model.Diagnostic;
import dev.lectern.parse.GuardedParsing;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SiteRenderers;
import dev.lectern.testing.SharedKatex;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course index, series and module pages show the texts of course.md and the plans: a broken link
 * written there is reported where it is written, as a lesson's is, naming the page it is broken on.
 */
@ExtendWith(SharedKatex.class)
class CoursePageLinksTest {
    private static final String PLAN = "series-7/module-7-3/plan.md";

    @Test
    void aBrokenLinkInTheCourseFileOrAModulePlanIsReportedWhereTheFileWritesIt(MathRenderer math, @TempDir Path dir) {
        Path content = dir.resolve("content");
        EditedContent.copy(Repo.content(), content);
        // the series' description, shown on the course index and the series page
        EditedContent.write(content, "course.md", EditedContent.replaceOnce(EditedContent.read(content.resolve("course.md")),
                "What came after Stable Diffusion", "What came after [Stable Diffusion](sd-gone.html)"));
        // the module's goal, shown on the module page, linking through a definition
        EditedContent.write(content, PLAN, EditedContent.replaceOnce(EditedContent.read(content.resolve(PLAN)),
                "consistency models bypass", "[consistency models][cm] bypass") + "\n[cm]: #cm-gone\n");

        BuildResult result;
        try (Lectern lectern = new Lectern(new GuardedParsing(2), math, SiteRenderers.oneOff(math)::render,
                Optional.empty(), SiteSwitch.Steps.NONE)) {
            result = lectern.build(content, dir.resolve("out"));
        }

        assertEquals(List.of(
                "course.md:10:70: warning[broken-link]: in lessons/index.html, link 'sd-gone.html' points at "
                        + "lessons/sd-gone.html, which the site does not have",
                "course.md:10:70: warning[broken-link]: in lessons/series/7.html, link 'sd-gone.html' points at "
                        + "lessons/series/sd-gone.html, which the site does not have",
                PLAN + ":26:7: warning[broken-link]: in lessons/modules/7-3.html, link '#cm-gone' points at "
                        + "#cm-gone, which lessons/modules/7-3.html does not have"),
                result.diagnostics().stream().filter(d -> d.rule().equals("broken-link")).map(Diagnostic::format)
                        .sorted().toList());
    }
}
