package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cutting the front matter off a lesson's text without moving any line. */
class FrontMatterTextTest {

    @Test
    void cutsTheYamlBetweenTheFencesAndBlanksTheirLines() {
        FrontMatterText text = FrontMatterText.split("---\nslug: x\nmodule: \"7.3\"\n---  \n# Lesson: X\n\nText.\n");

        assertEquals(Optional.of(new FrontMatter("slug: x\nmodule: \"7.3\"\n")), text.frontMatter());
        assertEquals("\n\n\n\n# Lesson: X\n\nText.\n", text.body());
        assertEquals("# Lesson: X", text.body().split("\n", -1)[4]);
    }

    @Test
    void readsAClosingFenceOnTheLastLine() {
        FrontMatterText text = FrontMatterText.split("---\nslug: x\n---");

        assertEquals(Optional.of(new FrontMatter("slug: x\n")), text.frontMatter());
        assertEquals("\n\n", text.body());
    }

    @Test
    void readsAnEmptyFrontMatter() {
        FrontMatterText text = FrontMatterText.split("---\n---\n# Lesson: X\n");

        assertEquals(Optional.of(new FrontMatter("")), text.frontMatter());
        assertEquals("\n\n# Lesson: X\n", text.body());
    }

    @Test
    void leavesATextWithoutAFenceOnItsFirstLineAsItIs() {
        String text = "# Lesson: X\n\n---\nslug: x\n---\n";

        assertEquals(new FrontMatterText(Optional.empty(), text), FrontMatterText.split(text));
    }

    @Test
    void leavesAnOpeningFenceWithoutAClosingOneAsAThematicBreak() {
        String text = "---\n# Lesson: X\n\nText.\n";

        assertEquals(new FrontMatterText(Optional.empty(), text), FrontMatterText.split(text));
        assertEquals(new FrontMatterText(Optional.empty(), "---"), FrontMatterText.split("---"));
        assertEquals(new FrontMatterText(Optional.empty(), "---\n"), FrontMatterText.split("---\n"));
    }

    @Test
    void takesOnlyThreeDashesAsAFence() {
        String text = "----\nslug: x\n----\n";

        assertEquals(new FrontMatterText(Optional.empty(), text), FrontMatterText.split(text));
        assertEquals(Optional.empty(), FrontMatterText.split(" ---\nslug: x\n---\n").frontMatter());
    }

    @Test
    void countsYamlLinesFromTheFileSecondLine() {
        assertEquals(2, new FrontMatter("").fileLine(1));
        assertEquals(5, new FrontMatter("").fileLine(4));
    }
}
