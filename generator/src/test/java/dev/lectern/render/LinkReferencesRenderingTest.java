package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links written by reference ({@code [text][label]}, {@code [label][]}, {@code [label]}) reach the pages
 * as links to the file's definitions ({@code [label]: url}), wherever in the file those stand, in a lesson as
 * in the course file and the plans; the definitions themselves show nowhere.
 */
class LinkReferencesRenderingTest {
    private static final String OUTLINE_ITEM = "- \"We cover two approaches: Latent Consistency Models (LCM) and adversarial "
            + "diffusion distillation (ADD/SDXL Turbo).";
    private static final String DEFINITIONS = "\n\n[lcm]: https://arxiv.org/abs/2310.04378\n"
            + "[ADD]: <https://arxiv.org/abs/2311.17042> \"Adversarial Diffusion Distillation\"\n"
            + "[turbo]: https://stability.ai/turbo\n"
            + "[prev]: lesson:consistency-models\n"
            + "[evil]: javascript:alert(1)\n";
    private static final String PAGE = "lessons/latent-consistency-and-turbo/index.html";

    @TempDir
    Path dir;

    /** The seed's student page with {@code item} in place of an outline bullet, and the definitions at the file's end. */
    private Document page(String item) {
        String edited = EditedContent.replaceOnce(EditedContent.seedText(), OUTLINE_ITEM, item) + DEFINITIONS;
        return RenderedSite.of(EditedContent.seed(dir, edited)).page(PAGE);
    }

    /** The outline item whose text (the quotation marks of spoken lines dropped) starts with {@code start}. */
    private static Element itemStarting(Document page, String start) {
        return page.select("main li").stream().filter(li -> li.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void fullCollapsedAndShortcutReferencesBecomeLinksToTheirDefinitions() {
        Document page = page("- \"We cover [the LCM paper][lcm], [ADD][] and [Turbo] (SDXL [turbo\n  report][Turbo]).");
        Element item = itemStarting(page, "We cover");

        assertEquals(List.of("the LCM paper", "ADD", "Turbo", "turbo report"), item.select("a").eachText());
        assertEquals(List.of("https://arxiv.org/abs/2310.04378", "https://arxiv.org/abs/2311.17042",
                "https://stability.ai/turbo", "https://stability.ai/turbo"), item.select("a").eachAttr("href"));
        assertEquals("Adversarial Diffusion Distillation", item.select("a").get(1).attr("title"));
        assertFalse(page.text().contains("]["), "no reference is left as written");
        assertFalse(page.text().contains("arxiv.org"), "a definition shows on no page");
    }

    @Test
    void aReferenceToALessonGoesToItsPageAndAScriptTargetIsCleanedAway() {
        Element item = itemStarting(page("- \"Recall [the last lesson][prev]; do not [click][evil]."), "Recall");

        assertEquals(List.of("../consistency-models/"), item.select("a[href]").eachAttr("href"));
        assertEquals("Recall the last lesson; do not click.", item.text().substring(0, 37));
    }

    @Test
    void theCourseFileAndAModulePlanLinkThroughTheirOwnDefinitions() {
        EditedContent.copy(Repo.content(), dir);
        String plan = "series-7/module-7-3/plan.md";
        EditedContent.write(dir, plan, EditedContent.replaceOnce(EditedContent.read(dir.resolve(plan)),
                "consistency models bypass", "[consistency models][cm] bypass") + "\n[cm]: https://arxiv.org/abs/2303.01469\n");
        EditedContent.write(dir, "course.md", EditedContent.replaceOnce(EditedContent.read(dir.resolve("course.md")),
                "What came after Stable Diffusion", "What came after [Stable Diffusion]") + "\n[stable diffusion]: https://example.org/sd\n");
        RenderedSite site = RenderedSite.of(EditedContent.load(dir));

        assertEquals(List.of("https://arxiv.org/abs/2303.01469"), site.page("lessons/modules/7-3.html")
                .select(".description a:contains(consistency models)").eachAttr("href"));
        assertEquals(List.of("https://example.org/sd"), site.page("lessons/index.html")
                .select("a:contains(Stable Diffusion)").eachAttr("href"));
    }
}
