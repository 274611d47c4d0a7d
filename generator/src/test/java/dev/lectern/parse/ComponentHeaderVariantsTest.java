package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CalloutType;
import dev.lectern.model.CardGrid;
import dev.lectern.model.ComparisonRow;
import dev.lectern.model.GradientCard;
import dev.lectern.model.Inline;
import dev.lectern.model.ListBlock;
import dev.lectern.model.Paragraph;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Component headers that do not start with the name, as the real course writes them: after an author's note
 * ({@code Address Misconception #3: ComparisonRow: ...}), a count ({@code Two GradientCards:}) or a title
 * ({@code Level 3 GradientCard}), or in parentheses after a title in bold. The outline starts on line 9.
 */
class ComponentHeaderVariantsTest {
    private static final String TABLE = "| | Group Norm (U-Net) | adaLN-Zero (DiT) |\n|---|---|---|\n| Gate | No | Yes |\n";

    private static List<Block> outline(String markdown) {
        return Lessons.parse("c.md", Lessons.lesson(markdown)).lesson().outline().orElseThrow().blocks();
    }

    private static List<String> diagnostics(String markdown) {
        return Lessons.parse("c.md", Lessons.lesson(markdown)).formatted();
    }

    private static List<String> kinds(List<Block> blocks) {
        return blocks.stream().map(Block::kind).toList();
    }

    private static List<Integer> place(Inline text) {
        return List.of(text.line(), text.column());
    }

    private static String text(Block paragraph) {
        return ((Paragraph) paragraph).text().markdown();
    }

    private static List<String> items(Block list) {
        return ((ListBlock) list).items().stream().map(item -> text(item.blocks().get(0))).toList();
    }

    private static List<String> titles(CardGrid grid) {
        return grid.cards().stream().map(card -> card.title().orElseThrow().markdown() + "/" + card.color()).toList();
    }

    @Test
    void anAuthorsNoteAndColonBeforeAComparisonRowAreLeftOutAndTheTableIsRead() {
        String markdown = "Address Misconception #3: ComparisonRow: Group Norm vs adaLN-Zero\n\n" + TABLE;
        ComparisonRow row = (ComparisonRow) outline(markdown).get(0);
        assertEquals(List.of("Group Norm (U-Net)", "adaLN-Zero (DiT)"), List.of(row.left().title().markdown(),
                row.right().title().markdown()));
        assertEquals("Yes", row.right().items().get(0).text().markdown());
        assertEquals(List.of(), diagnostics(markdown));
        ComparisonRow dashed = (ComparisonRow) outline("Address Misconception #2: ComparisonRow -- SDXL concatenation vs "
                + "IP-Adapter attention:\n\n" + TABLE).get(0);
        assertEquals(List.of("SDXL concatenation", "IP-Adapter attention"), List.of(dashed.left().title().markdown(),
                dashed.right().title().markdown()));
        assertEquals(List.of(9, 44), place(dashed.left().title()));
    }

    @Test
    void aComparisonRowHeaderEndingInAColonLeavesTheColonOutOfTheRightTitle() {
        ComparisonRow row = (ComparisonRow) outline("ComparisonRow -- Cross-attention vs Joint attention:\n\n" + TABLE).get(0);
        assertEquals("Joint attention", row.right().title().markdown());
    }

    @Test
    void aCalloutWhoseTextEndsWithAColonHoldsTheTableOrListItIntroducesAndNoOtherBlock() {
        List<Block> table = outline("**WarningBlock: \"Not the gradient you know.\"** Data, not parameters. "
                + "Side-by-side comparison:\n" + TABLE + "\nAfter the box.\n");
        assertEquals(List.of("callout", "paragraph"), kinds(table));
        assertEquals(List.of("paragraph", "table"), kinds(((Callout) table.get(0)).body()));
        List<Block> list = outline("ModuleCompleteBlock: Module 7.3 complete. The student can now:\n- explain\n- choose\n");
        assertEquals(List.of("paragraph", "list"), kinds(((Callout) list.get(0)).body()));
        List<Block> notIntroduced = outline("WarningBlock: Data, not parameters.\n\n" + TABLE);
        assertEquals(List.of("callout", "table"), kinds(notIntroduced));
    }

    @Test
    void aNoteInBoldBeforeACalloutInAListItemIsLeftOutAndTheCalloutLiftedOutOfTheList() {
        String markdown = "- first\n- **Address misconception:** WarningBlock: \"Zero convolution is not special. It is a "
                + "1x1 conv.\"\n- last\n";
        List<Block> blocks = outline(markdown);
        assertEquals(List.of("list", "callout", "list"), kinds(blocks));
        Callout warning = (Callout) blocks.get(1);
        assertEquals(CalloutType.WARNING, warning.type());
        assertEquals(Optional.empty(), warning.title());
        Inline body = ((Paragraph) warning.body().get(0)).text();
        assertEquals("Zero convolution is not special. It is a 1x1 conv.", body.markdown());
        assertEquals(List.of(10, 45), place(body));
        assertEquals(List.of("last"), items(blocks.get(2)));
        assertEquals(List.of(), diagnostics(markdown));
    }

    @Test
    void aCountBeforeGradientCardsMakesAGridOfTheListAfterIt() {
        CardGrid two = (CardGrid) outline("Two GradientCards:\n- **Thread 1: Transformers (Series 4)** (emerald): \"You "
                + "built GPT.\"\n- **Thread 2: Latent Diffusion** (violet): \"You built a diffusion model.\"\n").get(0);
        assertEquals(List.of("Thread 1: Transformers (Series 4)/emerald", "Thread 2: Latent Diffusion/violet"), titles(two));
        assertEquals("You built GPT.", text(two.cards().get(0).body().get(0)));
        assertEquals(List.of(10, 5), place(two.cards().get(0).title().orElseThrow()));
        for (String header : List.of("Two vivid description GradientCards side-by-side:", "Three-level GradientCards:",
                "Five GradientCards as a brief overview, each with a one-sentence description:")) {
            CardGrid grid = (CardGrid) outline(header + "\n1. **Dual Text Encoders** -- Two CLIP models\n"
                    + "2. **Larger U-Net** -- Wider channels\n").get(0);
            assertEquals(List.of("Dual Text Encoders/", "Larger U-Net/"), titles(grid), header);
        }
    }

    @Test
    void aGridCardsTitleInBoldEndingInAColonLeavesTheColonOut() {
        CardGrid grid = (CardGrid) outline("GradientCard grid:\n- **Architecture (DiT -> MMDiT):** Replace the U-Net.\n")
                .get(0);
        assertEquals(List.of("Architecture (DiT -> MMDiT)/"), titles(grid));
        assertEquals("Replace the U-Net.", text(grid.cards().get(0).body().get(0)));
    }

    @Test
    void aGridCardsColourInTwoWordsIsThePaletteColourItStartsWith() {
        String markdown = "GradientCard grid:\n- **Objectives** (sky blue): \"Independent of the objective.\"\n";
        CardGrid grid = (CardGrid) outline(markdown).get(0);
        assertEquals(List.of("Objectives/sky"), titles(grid));
        assertEquals("Independent of the objective.", text(grid.cards().get(0).body().get(0)));
        assertEquals(List.of(), diagnostics(markdown));
    }

    @Test
    void aCountBeforeOneGradientCardMakesACardOfTheListWithoutATitle() {
        GradientCard card = (GradientCard) outline("Three-item GradientCard:\n- **original_size** -- the resolution\n"
                + "- **target_size** -- the output\n").get(0);
        assertEquals(Optional.empty(), card.title());
        assertEquals(List.of("**original_size** -- the resolution", "**target_size** -- the output"),
                items(card.body().get(0)));
    }

    @Test
    void aTitleBeforeAGradientCardsNameStartsTheCardsTitle() {
        GradientCard card = (GradientCard) outline("Level 3 GradientCard (violet): \"Bypass the Trajectory\"\n"
                + "- No ODE solver needed\n").get(0);
        assertEquals("Level 3: Bypass the Trajectory", card.title().orElseThrow().markdown());
        assertEquals(List.of(9, 1), place(card.title().orElseThrow()));
        assertEquals("violet", card.color());
        assertEquals(List.of("No ODE solver needed"), items(card.body().get(0)));
        assertEquals(List.of("c.md:9:23: warning[unknown-component-color]: GradientCard colour 'fuchsia' is not in the "
                + "palette (amber, blue, cyan, orange, purple, emerald, rose, violet, sky); it is shown neutral"),
                diagnostics("Level 3 GradientCard (fuchsia): \"Bypass\"\n"));
    }

    @Test
    void aComparisonRowInParenthesesAfterABoldTitleTakesItsSidesFromTheFirstTwoItemsOfTheListAfterIt() {
        String markdown = "**IP-Adapter vs Textual Inversion (ComparisonRow):**\n"
                + "- Textual inversion: 768 trainable params.\n"
                + "- **IP-Adapter:** ~22M trainable params.\n"
                + "- Shared principle: both preserve the frozen model.\n";
        List<Block> blocks = outline(markdown);
        assertEquals(List.of("comparison-row", "list"), kinds(blocks));
        ComparisonRow row = (ComparisonRow) blocks.get(0);
        assertEquals(List.of("Textual inversion", "IP-Adapter"), List.of(row.left().title().markdown(),
                row.right().title().markdown()));
        assertEquals(List.of(10, 3), place(row.left().title()));
        assertEquals(List.of(11, 5), place(row.right().title()));
        Inline right = row.right().items().get(0).text();
        assertEquals("~22M trainable params.", right.markdown());
        assertEquals(List.of(11, 19), place(right));
        assertEquals(List.of("Shared principle: both preserve the frozen model."), items(blocks.get(1)));
        assertEquals(List.of(), diagnostics(markdown));
        List<Block> noted = outline("**IP-Adapter vs LoRA (ComparisonRow -- highest-priority comparison):**\n"
                + "- LoRA: modifies W_K.\n- IP-Adapter: adds W_K_image.\n");
        assertEquals(List.of("comparison-row"), kinds(noted));
    }

    /** ip-adapter's three comparisons: the bold title was left out of the page, only the sides' names were shown. */
    @Test
    void aComparisonRowInParenthesesIsTitledByTheBoldTitleWithoutTheNoteAfterTheDash() {
        ComparisonRow listed = (ComparisonRow) outline("**IP-Adapter vs LoRA (ComparisonRow -- highest-priority "
                + "comparison):**\n- LoRA: modifies W_K.\n- IP-Adapter: adds W_K_image.\n").get(0);
        assertEquals(Optional.of("IP-Adapter vs LoRA"), listed.title().map(Inline::markdown));
        assertEquals(List.of(9, 3), place(listed.title().orElseThrow()));
        ComparisonRow table = (ComparisonRow) outline("**Where the gate comes from (ComparisonRow):**\n\n" + TABLE).get(0);
        assertEquals(Optional.of("Where the gate comes from"), table.title().map(Inline::markdown));
        assertEquals(List.of("Group Norm (U-Net)", "adaLN-Zero (DiT)"), List.of(table.left().title().markdown(),
                table.right().title().markdown()));
    }

    /** 'ComparisonRow: A vs B' names the sides, which are its title; 'ComparisonRow: Title' above a table is titled. */
    @Test
    void aComparisonRowHeaderWithoutVersusAboveATableIsItsTitleAndTheTableHeaderNamesTheSides() {
        String markdown = "ComparisonRow: Where the gate comes from\n\n" + TABLE;
        ComparisonRow titled = (ComparisonRow) outline(markdown).get(0);
        assertEquals(Optional.of("Where the gate comes from"), titled.title().map(Inline::markdown));
        assertEquals(List.of(9, 16), place(titled.title().orElseThrow()));
        assertEquals(List.of("Group Norm (U-Net)", "adaLN-Zero (DiT)"), List.of(titled.left().title().markdown(),
                titled.right().title().markdown()));
        assertEquals(List.of(), diagnostics(markdown));
        ComparisonRow versus = (ComparisonRow) outline("ComparisonRow: Group Norm vs adaLN-Zero\n\n" + TABLE).get(0);
        assertEquals(Optional.empty(), versus.title());
        // without a table it is no comparison: reported, and shown as text, as before
        assertEquals(List.of("paragraph"), kinds(outline("ComparisonRow: Where the gate comes from\n")));
        assertEquals(1, diagnostics("ComparisonRow: Where the gate comes from\n").size());
    }

    @Test
    void sidesNamedLeftAndRightTakeTheirTitlesFromTheBoldTitle() {
        ComparisonRow row = (ComparisonRow) outline("**LoRA vs IP-Adapter (ComparisonRow):**\n- Left: modifies W_K.\n"
                + "- Right: adds W_K_image.\n").get(0);
        assertEquals(List.of("LoRA", "IP-Adapter"), List.of(row.left().title().markdown(), row.right().title().markdown()));
        assertEquals(List.of(9, 11), place(row.right().title()));
        assertEquals("adds W_K_image.", row.right().items().get(0).text().markdown());
    }

    @Test
    void aComparisonRowInParenthesesAboveATableReadsTheTable() {
        ComparisonRow row = (ComparisonRow) outline("**Group Norm vs adaLN-Zero (ComparisonRow):**\n\n" + TABLE).get(0);
        assertEquals(List.of("Group Norm (U-Net)", "adaLN-Zero (DiT)"), List.of(row.left().title().markdown(),
                row.right().title().markdown()));
    }

    @Test
    void aCalloutInParenthesesAfterABoldNoteTakesTheTitleInTheParenthesesAndTheTextAfterTheBold() {
        String markdown = "**Misconception #1 address (WarningBlock: \"Image Prompting Is Not Image Replacement\"):**\n"
                + "Same reference image, two prompts.\n";
        Callout warning = (Callout) outline(markdown).get(0);
        assertEquals(CalloutType.WARNING, warning.type());
        assertEquals("Image Prompting Is Not Image Replacement", warning.title().orElseThrow().markdown());
        assertEquals(List.of(9, 44), place(warning.title().orElseThrow()));
        Inline body = ((Paragraph) warning.body().get(0)).text();
        assertEquals("Same reference image, two prompts.", body.markdown());
        assertEquals(List.of(10, 1), place(body));
        assertEquals(List.of(), diagnostics(markdown));
        Callout insight = (Callout) outline("**Two Teachers (InsightBlock):** One teaches speed.\n").get(0);
        assertEquals(List.of("Two Teachers", "One teaches speed."), List.of(insight.title().orElseThrow().markdown(),
                text(insight.body().get(0))));
    }

    /** diffusion-transformers: {@code InsightBlock: "The 'Of Course' Chain": (1) ...}. */
    @Test
    void aColonOrDashAfterACalloutsQuotedTitleIsNeitherTitleNorText() {
        Callout colon = (Callout) outline("InsightBlock: \"The 'Of Course' Chain\": (1) Tensors. (2) Patches.\n").get(0);
        Callout dash = (Callout) outline("WarningBlock: \"Not Fewer Steps\" -- One function evaluation.\n").get(0);

        assertEquals(List.of("The 'Of Course' Chain", "(1) Tensors. (2) Patches.", "Not Fewer Steps",
                "One function evaluation."), List.of(colon.title().orElseThrow().markdown(), text(colon.body().get(0)),
                dash.title().orElseThrow().markdown(), text(dash.body().get(0))));
        assertEquals(List.of(9, 40), place(((Paragraph) colon.body().get(0)).text()));
    }

    @Test
    void aNameAfterALeadInAFormLecternCannotReadIsReportedAtTheName() {
        assertEquals(List.of("c.md:9:27: warning[unrecognised-component]: 'ComparisonRow (A, B):' reads like the start of a "
                + "ComparisonRow but is not one Lectern reads ('ComparisonRow: Left vs Right' or 'ComparisonRow:', then a "
                + "table on the next line); it is shown as text"), diagnostics("Address Misconception #3: ComparisonRow (A, B): x\n"));
        assertEquals(List.of("c.md:9:12: warning[unrecognised-component]: 'GradientCards:' reads like the start of a "
                + "GradientCards but is not one Lectern reads ('GradientCard (colour): title', or 'GradientCard grid:' then a "
                + "list); it is shown as text"), diagnostics("Comparison GradientCards:\n- **A** -- x\n"));
        assertEquals(List.of("c.md:9:11: warning[unrecognised-component]: '(ComparisonRow)' after a title in bold reads like a "
                + "ComparisonRow but is not one Lectern reads ('**A vs B (ComparisonRow):**' alone on its line, then a table, "
                + "or a list whose first two items read 'A: text' and 'B: text'); it is shown as text"),
                diagnostics("**A vs B (ComparisonRow):**\nSome text.\n"));
        assertEquals(List.of("c.md:9:12: warning[unrecognised-component]: '(GradientCard)' after a title in bold reads like a "
                + "GradientCard but is not one Lectern reads ('GradientCard (colour): title', or 'GradientCard grid:' then a "
                + "list); it is shown as text"), diagnostics("**Level 3 (GradientCard):** Teleport.\n"));
        assertInstanceOf(Paragraph.class, outline("Comparison GradientCards:\n- **A** -- x\n").get(0));
    }

    @Test
    void aNameMentionedInProseStaysProseWithoutAWord() {
        for (String prose : List.of("The IP-Adapter comparison (ComparisonRow in Section 6) is the strongest part.",
                "Note: SDXL Turbo comparison is described in the lesson via GradientCards.",
                "Visual: ComparisonRow of two failure modes", "**Misconception #3 address (general-purpose, not per-concept):**",
                "**Negative example (WarningBlock-style):** text", "The three GradientCards show the thresholds")) {
            assertEquals(List.of("paragraph"), kinds(outline(prose + "\n")), prose);
            assertEquals(List.of(), diagnostics(prose + "\n"), prose);
        }
    }
}
