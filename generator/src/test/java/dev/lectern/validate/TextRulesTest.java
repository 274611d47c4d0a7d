package dev.lectern.validate;

import static dev.lectern.testing.EditedContent.SEED;
import static dev.lectern.testing.EditedContent.seedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CourseContent;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spaced-em-dash, broken-lesson-link and undefined-link-reference over the seed, changed in one place. */
class TextRulesTest {

    @TempDir
    Path dir;

    @Test
    void seedOutlineHasNoSpacedEmDashAndNoBrokenLessonLink() {
        // The seed writes "--" on purpose, its review quotes a spaced em dash, and a prose card's title reaches
        // the model joined by " — ": none of these is reported.
        assertEquals(List.of(), CheckRuns.formatted(List.of(new SpacedEmDashes(), new LessonLinks()),
                EditedContent.load(Repo.content())));
    }

    @Test
    void reportsASpacedEmDashInAnOutlineParagraphAtItsColumn() {
        CourseContent content = seedWith(dir, "LCM-LoRA -- 4-Step Generation", "LCM-LoRA \u2014 4-Step Generation");

        assertEquals(List.of(SEED + ":417:33: info[spaced-em-dash]: spaced em dash in student text: write "
                + "'LCM-LoRA\u20144-Step', not 'LCM-LoRA \u2014 4-Step'"),
                CheckRuns.formatted(new SpacedEmDashes(), content));
    }

    @Test
    void reportsASpacedEmDashInAProseComponentsTitleOrTextAtItsColumn() {
        assertEquals(List.of(SEED + ":239:30: info[spaced-em-dash]: spaced em dash in student text: write "
                + "'Augmented\u2014PF-ODE', not 'Augmented \u2014 PF-ODE'"), CheckRuns.formatted(new SpacedEmDashes(),
                seedWith(dir, "InsightBlock: \"The Augmented PF-ODE.\"", "InsightBlock: \"The Augmented \u2014 PF-ODE.\"")));
        assertEquals(List.of(SEED + ":239:32: info[spaced-em-dash]: spaced em dash in student text: write "
                + "'Augmented\u2014PF-ODE', not 'Augmented \u2014 PF-ODE'"), CheckRuns.formatted(new SpacedEmDashes(),
                seedWith(dir.resolve("bold"), "InsightBlock: \"The Augmented PF-ODE.\"",
                        "**InsightBlock: \"The Augmented \u2014 PF-ODE.\"**")));
        assertEquals(List.of(SEED + ":244:12: info[spaced-em-dash]: spaced em dash in student text: write "
                + "'step\u2014at', not 'step \u2014 at'"), CheckRuns.formatted(new SpacedEmDashes(),
                seedWith(dir.resolve("grid"), "- **1 step** --", "- **1 step \u2014 at once** --")));
    }

    @Test
    void reportsAnUndefinedReferenceInAFindingsFieldAtItsColumnAlsoInAFieldRunOnAfterAnother() {
        String message = " warning[undefined-link-reference]: link '[planning document][nowhere]': no definition "
                + "'[nowhere]: <url>' in this file; the page shows it as written";
        assertEquals(List.of(SEED + ":478:16:" + message), CheckRuns.formatted(new LessonLinks(), seedWith(dir,
                "**Issue:** The planning document explicitly", "**Issue:** The [planning document][nowhere] explicitly")));
        assertEquals(List.of(SEED + ":477:139:" + message), CheckRuns.formatted(new LessonLinks(),
                seedWith(dir.resolve("run-on"), "two approaches.\n**Issue:** The planning document explicitly",
                        "two approaches. **Issue:** The [planning document][nowhere] explicitly")));
    }

    @Test
    void reportsASpacedEmDashInACellOfAnAlignedTableAtItsColumn() {
        CourseContent content = seedWith(dir, "| Training data | 50-200 images of a style",
                "| Training data  |  50-200 images \u2014 of a style");

        assertEquals(List.of(SEED + ":286:35: info[spaced-em-dash]: spaced em dash in student text: write "
                + "'images\u2014of', not 'images \u2014 of'"), CheckRuns.formatted(new SpacedEmDashes(), content));
    }

    @Test
    void reportsASpacedEmDashInABulletAtItsColumn() {
        CourseContent content = seedWith(dir, "(standard -- bad quality)", "(standard \u2014 bad quality)");

        assertEquals(List.of(SEED + ":419:54: info[spaced-em-dash]: spaced em dash in student text: write "
                + "'(standard\u2014bad', not '(standard \u2014 bad'"),
                CheckRuns.formatted(new SpacedEmDashes(), content));
    }

    @Test
    void reportsASpacedEmDashInANumberedItemAtItsColumn() {
        CourseContent content = seedWith(dir, "denoising process -- the U-Net", "denoising process \u2014 the U-Net");

        assertEquals(List.of(SEED + ":254:145: info[spaced-em-dash]: spaced em dash in student text: write "
                + "'process\u2014the', not 'process \u2014 the'"),
                CheckRuns.formatted(new SpacedEmDashes(), content));
    }

    @Test
    void reportsASpacedEmDashInAnOutlineHeadingAtItsColumn() {
        CourseContent content = seedWith(dir, "#### 1. Context + Constraints", "#### 1. Context \u2014 Constraints");

        assertEquals(List.of(SEED + ":198:17: info[spaced-em-dash]: spaced em dash in student text: write "
                + "'Context\u2014Constraints', not 'Context \u2014 Constraints'"),
                CheckRuns.formatted(new SpacedEmDashes(), content));
    }

    @Test
    void reportsASpacedEmDashInAProseCalloutsTextAtItsColumn() {
        CourseContent content = seedWith(dir, "Teacher.\" At inference, only the generator",
                "Teacher.\" At inference \u2014 only the generator");

        assertEquals(List.of(SEED + ":358:76: info[spaced-em-dash]: spaced em dash in student text: write "
                + "'inference\u2014only', not 'inference \u2014 only'"),
                CheckRuns.formatted(new SpacedEmDashes(), content));
    }

    @Test
    void anUnspacedEmDashOrOneInCodeIsFine() {
        CourseContent unspaced = seedWith(dir, "LCM-LoRA -- 4-Step Generation", "LCM-LoRA\u20144-Step Generation");
        assertEquals(List.of(), CheckRuns.formatted(new SpacedEmDashes(), unspaced));

        CourseContent code = seedWith(dir.resolve("code"), "LCM-LoRA -- 4-Step Generation",
                "`LCM-LoRA \u2014 4-Step` Generation");
        assertEquals(List.of(), CheckRuns.formatted(new SpacedEmDashes(), code));
    }

    @Test
    void aSpacedEmDashOutsideTheOutlineIsNotStudentText() {
        CourseContent content = seedWith(dir, "The main gap is adversarial training / GAN concepts.",
                "The main gap \u2014 adversarial training / GAN concepts.");

        assertEquals(List.of(), CheckRuns.formatted(new SpacedEmDashes(), content));
    }

    @Test
    void reportsALinkToAPlannedLessonThatIsNotWrittenYet() {
        CourseContent content = seedWith(dir, "Preview of next lesson:", "Preview of [next lesson](lesson:the-speed-landscape):");

        assertEquals(List.of(SEED + ":411:33: warning[broken-lesson-link]: link to lesson 'the-speed-landscape', "
                + "which is planned in module 7.3 but not written yet"),
                CheckRuns.formatted(new LessonLinks(), content));
    }

    @Test
    void reportsALinkToALessonThatIsNowhere() {
        CourseContent content = seedWith(dir, "Preview of next lesson:", "Preview of [next lesson](lesson:speed-landscape#top):");

        assertEquals(List.of(SEED + ":411:33: warning[broken-lesson-link]: link to lesson 'speed-landscape', which is "
                + "neither in the content nor in any module plan"), CheckRuns.formatted(new LessonLinks(), content));
    }

    @Test
    void reportsARelativeLinkAsRenderedPagesWriteIt() {
        CourseContent content = seedWith(dir, "- Time each generation",
                "- Time each generation ([as in consistency models](../consistency-models/spec.html#phase-3))");

        assertEquals(List.of(SEED + ":420:55: warning[broken-lesson-link]: link to lesson 'consistency-models', which "
                + "is planned in module 7.3 but not written yet"), CheckRuns.formatted(new LessonLinks(), content));
    }

    @Test
    void reportsAProseLessonLink() {
        CourseContent content = seedWith(dir, "#### 13. Next Step\n", "#### 13. Next Step\n\nLessonLink: `the-speed-landscap`\n");

        assertEquals(List.of(SEED + ":458:14: warning[broken-lesson-link]: link to lesson 'the-speed-landscap', which is "
                + "neither in the content nor in any module plan"), CheckRuns.formatted(new LessonLinks(), content));
    }

    @Test
    void reportsABrokenLinkInAReviewToo() {
        CourseContent content = seedWith(dir, "**What works well:**", "**What works well** ([see](lesson:lcm)):");

        assertEquals(List.of(SEED + ":519:35: warning[broken-lesson-link]: link to lesson 'lcm', which is neither in "
                + "the content nor in any module plan"), CheckRuns.formatted(new LessonLinks(), content));
    }

    @Test
    void linksToWrittenLessonsSiteFoldersAndLinksInCodeAreFine() {
        CourseContent content = seedWith(dir, "Preview of next lesson:", "Preview of [this](lesson:latent-consistency-"
                + "and-turbo#summarize), [that](../latent-consistency-and-turbo/), [style](../assets/lectern.css), "
                + "`[code](lesson:nowhere)` and ![image](../nowhere/) next lesson:");

        assertEquals(List.of(), CheckRuns.formatted(new LessonLinks(), content));
    }

    @Test
    void reportsAReferenceLinkWhoseLabelTheLessonDoesNotDefineAtTheLink() {
        CourseContent content = seedWith(dir, "Preview of next lesson:", "Preview of [the next lesson][next]:");

        assertEquals(List.of(SEED + ":411:12: warning[undefined-link-reference]: link '[the next lesson][next]': no "
                + "definition '[next]: <url>' in this file; the page shows it as written"),
                CheckRuns.formatted(new LessonLinks(), content));
    }

    @Test
    void reportsAnUndefinedReferenceLinkInTheCourseFileAPlanOrARecordWhichTheirPagesShowAsWritten() {
        ContentTree tree = ContentTree.in(dir).fromContent("course.md", ContentTree.SEED, ContentTree.PLAN, ContentTree.RECORD)
                .change("course.md", "A small course tree", "A [small][tiny] course tree")
                .change(ContentTree.RECORD, "| Self-consistency property of ODE trajectories | DEVELOPED |",
                        "| Self-consistency [property][] of ODE trajectories | DEVELOPED |")
                .change(ContentTree.PLAN, "\n## Narrative Arc\n\nThe first lesson", "\n## Narrative Arc\n\nThe [first][one] lesson")
                .change(ContentTree.PLAN, "## Module Goal\n", "## Module Goal\n\n[one]: https://example.org/one\n");

        assertEquals(List.of("course.md:4:3: warning[undefined-link-reference]: link '[small][tiny]': no definition "
                + "'[tiny]: <url>' in this file; the page shows it as written",
                ContentTree.RECORD + ":11:20: warning[undefined-link-reference]: link '[property][]': no definition "
                + "'[property]: <url>' in this file; the page shows it as written"), tree.check(new LessonLinks()));
    }

    @Test
    void aDefinedLabelInAnyCaseAFormulaOrCodeWithBracketsAndABracketedWordAreNoReferencesToReport() {
        String seed = EditedContent.replaceOnce(EditedContent.seedText(), "Preview of next lesson:",
                "Preview of [the next lesson][Next  Lesson], $x[i][j]$, `a[i][j]` and [sic]:");
        CourseContent content = EditedContent.seed(dir, seed + "\n[next lesson]: https://example.org/next\n");

        assertEquals(List.of(), CheckRuns.formatted(new LessonLinks(), content));
    }

    @Test
    void aLinkToAMistypedSlugNamesTheWrittenLessonItMeant() {
        String seed = EditedContent.replaceOnce(EditedContent.seedText(), "Preview of next lesson:",
                "Preview of [this lesson](lesson:latent-consistency-and-turb), [another](lesson:flow-matching):");
        CourseContent content = EditedContent.seed(dir, seed);

        assertEquals(List.of("link to lesson 'latent-consistency-and-turb', which is neither in the content nor in any "
                        + "module plan; did you mean 'latent-consistency-and-turbo'?",
                "link to lesson 'flow-matching', which is neither in the content nor in any module plan"),
                CheckRuns.formatted(new LessonLinks(), content).stream().map(d -> d.substring(d.indexOf("link to"))).toList());
    }

    @Test
    void reportsADefinitionThatNamesALessonNowhereAtTheSlugOfItsTarget() {
        String seed = EditedContent.seedText();
        int line = (int) seed.lines().count() + 2;
        CourseContent content = EditedContent.seed(dir, seed + "\n[next]: lesson:speed-landscape\n");

        assertEquals(List.of(SEED + ":" + line + ":16: warning[broken-lesson-link]: link to lesson 'speed-landscape', "
                + "which is neither in the content nor in any module plan"), CheckRuns.formatted(new LessonLinks(), content));
    }
}
