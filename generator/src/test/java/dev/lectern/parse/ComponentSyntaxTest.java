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
import dev.lectern.model.MathBlock;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Quote;
import dev.lectern.model.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Components in both syntaxes: the seed's prose convention and the {@code :::} directives. */
class ComponentSyntaxTest {

    private static List<Block> outline(String markdown) {
        return Lessons.parse("c.md", Lessons.lesson(markdown)).lesson().outline().orElseThrow().blocks();
    }

    private static List<String> diagnostics(String markdown) {
        return Lessons.parse("c.md", Lessons.lesson(markdown)).formatted();
    }

    @Test
    void directiveCardAndProseCardGiveTheSameModel() {
        GradientCard prose = (GradientCard) outline("GradientCard (blue): Title\n- one\n- two\n").get(0);
        GradientCard directive = (GradientCard) outline(":::gradient-card{color=blue title=\"Title\"}\n- one\n- two\n:::\n")
                .get(0);
        assertEquals(prose.title().map(Inline::markdown), directive.title().map(Inline::markdown));
        assertEquals(prose.color(), directive.color());
        assertEquals(items(prose.body().get(0)), items(directive.body().get(0)));
    }

    @Test
    void directiveCardGridHoldsNestedCardsWithALongerFence() {
        CardGrid grid = (CardGrid) outline("::::card-grid\n:::gradient-card{color=amber title=A}\nfirst\n:::\n"
                + ":::phase-card{number=2 color=sky title=\"Second step\"}\nsecond\n:::\n::::\n\nafter\n").get(0);
        assertEquals(List.of("A/amber/GradientCard", "2. Second step/sky/PhaseCard"), grid.cards().stream()
                .map(c -> c.title().orElseThrow().markdown() + "/" + c.color() + "/" + c.componentName()).toList());
        List<Block> blocks = outline("::::card-grid\n:::gradient-card{title=A}\nx\n:::\n::::\n\nafter\n");
        assertEquals("after", ((Paragraph) blocks.get(1)).text().markdown());
    }

    @Test
    void directiveComparisonRowReadsItsTable() {
        ComparisonRow row = (ComparisonRow) outline(":::comparison-row{left=\"Style LoRA\" left-color=blue "
                + "right=LCM-LoRA right-color=rose}\n| | Style LoRA | LCM-LoRA |\n|---|---|---|\n"
                + "| Learns | a style | speed |\n:::\n").get(0);
        assertEquals("Style LoRA", row.left().title().markdown());
        assertEquals("rose", row.right().color());
        assertEquals("Learns", row.left().items().get(0).label().markdown());
        assertEquals("speed", row.right().items().get(0).text().markdown());
    }

    /** A comparison-row's title was reported as one it does not take ("is not shown"); it is shown above the sides. */
    @Test
    void directiveComparisonRowTakesATitleAsAnAttributeOrAfterItsName() {
        String table = "\n| | Style LoRA | LCM-LoRA |\n|---|---|---|\n| Learns | a style | speed |\n:::\n";
        for (String opening : List.of(":::comparison-row{title=\"Two kinds of LoRA\"}", ":::comparison-row Two kinds of LoRA",
                ":::comparison-row[Two kinds of LoRA]")) {
            ComparisonRow row = (ComparisonRow) outline(opening + table).get(0);
            assertEquals(Optional.of("Two kinds of LoRA"), row.title().map(Inline::markdown), opening);
            assertEquals(List.of("Style LoRA", "LCM-LoRA"), List.of(row.left().title().markdown(),
                    row.right().title().markdown()), opening);
            assertEquals(List.of(), diagnostics(opening + table), opening);
        }
        assertEquals(Optional.empty(), ((ComparisonRow) outline(":::comparison-row" + table).get(0)).title());
    }

    @Test
    void directiveCalloutsTakeTitleAndBody() {
        Callout insight = (Callout) outline(":::insight{title=\"Two Teachers\"}\nThe body, with **bold**.\n:::\n")
                .get(0);
        assertEquals(CalloutType.INSIGHT, insight.type());
        assertEquals(Optional.of("Two Teachers"), insight.title().map(Inline::markdown));
        assertEquals("The body, with **bold**.", ((Paragraph) insight.body().get(0)).text().markdown());
        assertEquals(CalloutType.TRY_THIS, ((Callout) outline(":::try-this\nGo.\n:::\n").get(0)).type());
    }

    @Test
    void unknownDirectiveIsReportedAndItsContentKept() {
        String markdown = ":::sidebar\nStill here.\n:::\n";
        assertInstanceOf(Quote.class, outline(markdown).get(0));
        assertEquals(List.of("c.md:9:4: warning[unknown-component]: unknown component ':::sidebar'; its content "
                + "is shown as a quote"), diagnostics(markdown));
    }

    @Test
    void malformedAttributesAndUnknownKeysAreReportedAtTheBraces() {
        assertEquals(List.of("c.md:9:17: warning[malformed-directive]: ':::gradient-card': unclosed quote in the "
                + "value of 'title'"), diagnostics(":::gradient-card{title=\"oops}\nx\n:::\n"));
        assertEquals(List.of("c.md:9:11: warning[malformed-directive]: ':::insight' has no attribute 'colour' "
                + "(known: title)"), diagnostics(":::insight{colour=red}\nx\n:::\n"));
    }

    @Test
    void unclosedDirectiveAndStrayFenceAreReported() {
        assertEquals(List.of("c.md:9:1: warning[unclosed-directive]: ':::tip' is never closed; it runs to the end "
                + "of its section"), diagnostics(":::tip\nno end\n"));
        assertEquals(List.of("c.md:9:1: warning[stray-directive-fence]: ':::' closes no directive"),
                diagnostics(":::\n"));
    }

    @Test
    void colourOutsideThePaletteIsReportedAtTheColourInEachSyntaxAGridItemsToo() {
        assertEquals(List.of("c.md:9:15: warning[unknown-component-color]: GradientCard colour 'fuchsia' is not in "
                        + "the palette (amber, blue, cyan, orange, purple, emerald, rose, violet, sky); it is shown neutral"),
                diagnostics("GradientCard (fuchsia): Level 3b\n"));
        assertEquals(List.of("c.md:9:17: warning[unknown-component-color]: GradientCard colour 'teal' is not in "
                        + "the palette (amber, blue, cyan, orange, purple, emerald, rose, violet, sky); it is shown neutral"),
                diagnostics(":::gradient-card{color=teal}\nx\n:::\n"));
        assertEquals(List.of("c.md:10:18: warning[unknown-component-color]: GradientCard colour 'fuchsia' is not in "
                        + "the palette (amber, blue, cyan, orange, purple, emerald, rose, violet, sky); it is shown neutral"),
                diagnostics("GradientCard grid:\n1. **Level 3b** (fuchsia) -- the card\n"));
        assertEquals(List.of("c.md:9:17: warning[unknown-component-color]: GradientCard colour 'fuchsia' is not in "
                        + "the palette (amber, blue, cyan, orange, purple, emerald, rose, violet, sky); it is shown neutral"),
                diagnostics("- GradientCard (fuchsia): Level 3b\n"));
        assertEquals(List.of("c.md:9:20: warning[unknown-component-color]: GradientCard colour 'fuchsia' is not in "
                        + "the palette (amber, blue, cyan, orange, purple, emerald, rose, violet, sky); it is shown neutral"),
                diagnostics("**Gradient Card 1 (fuchsia): Level 3b**\n"));
    }

    @Test
    void aProseComponentsTitleAndTextAreWhereTheyAreWritten() {
        GradientCard card = (GradientCard) outline("- **GradientCard (blue): \"Level 3b\"** -- the card\n").get(0);
        assertEquals(List.of(9, 27), List.of(card.title().orElseThrow().line(), card.title().orElseThrow().column()));
        assertEquals(List.of(9, 42), List.of(((Paragraph) card.body().get(0)).text().line(),
                ((Paragraph) card.body().get(0)).text().column()));
        Callout callout = (Callout) ((Quote) outline("> TipBlock: **Fewer Steps.**\n> The text.\n").get(0)).blocks().get(0);
        assertEquals(List.of(9, 15), List.of(callout.title().orElseThrow().line(), callout.title().orElseThrow().column()));
        assertEquals(List.of(10, 3), List.of(((Paragraph) callout.body().get(0)).text().line(),
                ((Paragraph) callout.body().get(0)).text().column()));
    }

    @Test
    void proseCalloutInAListItemIsLiftedOutOfTheList() {
        List<Block> blocks = outline("- before\n- ConstraintBlock: scope. Not this.\n- after\n");
        assertEquals(List.of("list", "callout", "list"), blocks.stream().map(Block::kind).toList());
        assertEquals(List.of("before"), items(blocks.get(0)));
        assertEquals(List.of("after"), items(blocks.get(2)));
        assertEquals(CalloutType.CONSTRAINT, ((Callout) blocks.get(1)).type());
    }

    @Test
    void proseCalloutWithQuotedTitleAndNamedVariant() {
        Callout warning = (Callout) outline("WarningBlock: \"Mind the gap.\" Body text here.\n").get(0);
        assertEquals(Optional.of("Mind the gap"), warning.title().map(Inline::markdown));
        assertEquals("Body text here.", ((Paragraph) warning.body().get(0)).text().markdown());
        Callout bridge = (Callout) outline("ConceptBlock bridge: \"All of it in quotes.\"\n").get(0);
        assertEquals(Optional.empty(), bridge.title());
        assertEquals("All of it in quotes.", ((Paragraph) bridge.body().get(0)).text().markdown());
    }

    @Test
    void calloutsWrittenOneALineWithNoBlankLineBetweenThemAreEachACallout() {
        List<Block> blocks = outline("Intro text.\nInsightBlock: \"Two Teachers.\" The diffusion teacher says ...\n"
                + "WarningBlock: \"Training Only.\" At inference ...\nTipBlock: Use a low guidance scale.\n");
        assertEquals(List.of("paragraph 9", "callout INSIGHT 10", "callout WARNING 11", "callout TIP 12"), blocks.stream()
                .map(b -> b.kind() + (b instanceof Callout c ? " " + c.type() : "") + " " + b.line()).toList());
        assertEquals("At inference ...", ((Paragraph) ((Callout) blocks.get(2)).body().get(0)).text().markdown());
    }

    @Test
    void aTableRightUnderALineOfTextIsATableAsOnGitHub() {
        List<Block> blocks = outline("Side by side:\n| | A | B |\n|---|---|---|\n| x | 1 | 2 |\n\nafter\n");
        assertEquals(List.of("paragraph", "table", "paragraph"), blocks.stream().map(Block::kind).toList());
        assertEquals("Side by side:", ((Paragraph) blocks.get(0)).text().markdown());
        Table table = (Table) blocks.get(1);
        assertEquals(10, table.line());
        assertEquals(List.of(12), table.rows().stream().map(Table.Row::line).toList());
        assertEquals("2", table.rows().get(0).cells().get(2).markdown());
    }

    @Test
    void aTableRightUnderTheTextOfAListItemIsATableInThatItem() {
        ListBlock list = (ListBlock) outline("- Compare:\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n- next\n").get(0);
        assertEquals(List.of("paragraph", "table"), list.items().get(0).blocks().stream().map(Block::kind).toList());
        assertEquals("Compare:", ((Paragraph) list.items().get(0).blocks().get(0)).text().markdown());
        assertEquals(List.of(12), ((Table) list.items().get(0).blocks().get(1)).rows().stream().map(Table.Row::line).toList());
    }

    @Test
    void aTableRightUnderTheTextOfAQuoteIsATableInThatQuote() {
        Quote quote = (Quote) outline("> Compare:\n> | a | b |\n> |---|---|\n> | 1 | 2 |\n").get(0);
        assertEquals(List.of("paragraph", "table"), quote.blocks().stream().map(Block::kind).toList());
        assertEquals("Compare:", ((Paragraph) quote.blocks().get(0)).text().markdown());
        assertEquals("2", ((Table) quote.blocks().get(1)).rows().get(0).cells().get(1).markdown());
    }

    @Test
    void textWithPipesButNoDelimiterRowStaysOneParagraph() {
        assertEquals(List.of("paragraph"), outline("a | b\nc | d\n").stream().map(Block::kind).toList());
        // one dash a column is no delimiter row for Flexmark's tables, so no table and no split either
        assertEquals(List.of("paragraph"), outline("Text:\n| a | b |\n|-|-|\n").stream().map(Block::kind).toList());
        assertEquals(List.of("paragraph", "table"), outline("Text:\n  | a | b |\n  | :-- | --: |\n| 1 | 2 |\n").stream()
                .map(Block::kind).toList());
    }

    @Test
    void comparisonRowWithoutTitlesTakesTheSidesFromItsTableHeader() {
        ComparisonRow row = (ComparisonRow) outline("ComparisonRow:\n| | DDPM | Flow Matching |\n|---|---|---|\n"
                + "| Path | Curved | Straight |\n").get(0);
        assertEquals("DDPM", row.left().title().markdown());
        assertEquals("Flow Matching", row.right().title().markdown());
        assertEquals("Path", row.left().items().get(0).label().markdown());
        assertEquals("Straight", row.right().items().get(0).text().markdown());
    }

    @Test
    void comparisonRowOnOneLineTakesEachSidesParenthesesAsItsItem() {
        ComparisonRow row = (ComparisonRow) outline("ComparisonRow: MMDiT (separate weights, ~2x parameters) vs "
                + "S3-DiT (shared weights).\n").get(0);
        assertEquals(List.of("MMDiT", "separate weights, ~2x parameters"), List.of(row.left().title().markdown(),
                row.left().items().get(0).text().markdown()));
        assertEquals(List.of("S3-DiT", "shared weights"), List.of(row.right().title().markdown(),
                row.right().items().get(0).text().markdown()));
        ComparisonRow bare = (ComparisonRow) outline("ComparisonRow: SDE vs ODE\n").get(0);
        assertEquals(List.of("SDE", "ODE"), List.of(bare.left().title().markdown(), bare.right().title().markdown()));
        assertEquals(List.of(), bare.left().items());
    }

    @Test
    void calloutWithAParenthesisedVariantIsACallout() {
        Callout insight = (Callout) outline("InsightBlock (aside): \"The velocity is constant.\"\n").get(0);
        assertEquals(CalloutType.INSIGHT, insight.type());
        assertEquals("The velocity is constant.", ((Paragraph) insight.body().get(0)).text().markdown());
    }

    @Test
    void aHeaderWrittenInBoldIsReadAsWithoutIt() {
        Callout warning = (Callout) outline("**WarningBlock: \"Not the gradient.\"** With respect to data.\n").get(0);
        assertEquals(Optional.of("Not the gradient"), warning.title().map(Inline::markdown));
        assertEquals("With respect to data.", ((Paragraph) warning.body().get(0)).text().markdown());
        String numbered = "**GradientCard 1 (emerald): \"Simpler Training\"**\n- No schedule\n- Linear path\n";
        GradientCard card = (GradientCard) outline(numbered).get(0);
        assertEquals(List.of("Simpler Training", "emerald"), List.of(card.title().orElseThrow().markdown(), card.color()));
        assertEquals(List.of("No schedule", "Linear path"), items(card.body().get(0)));
        assertEquals(List.of("c.md:9:17: warning[unknown-component-color]: GradientCard colour 'teal' is not in "
                        + "the palette (amber, blue, cyan, orange, purple, emerald, rose, violet, sky); it is shown neutral"),
                diagnostics("**GradientCard (teal): \"T\"**\n"));
    }

    @Test
    void aPhaseCardSequenceIsAGridOfPhaseCardsWithQuotedTitles() {
        CardGrid grid = (CardGrid) outline("PhaseCard sequence (3 cards):\n1. \"Initial Training\" -- Train on pairs.\n"
                + "2. \"Retrain\" -- Train on aligned pairs.\n").get(0);
        assertEquals(List.of("Initial Training/PhaseCard", "Retrain/PhaseCard"), grid.cards().stream()
                .map(c -> c.title().orElseThrow().markdown() + "/" + c.componentName()).toList());
        assertEquals("Train on pairs.", ((Paragraph) grid.cards().get(0).body().get(0)).text().markdown());
    }

    @Test
    void aComponentHeaderLecternCannotReadIsReportedAndShownAsText() {
        String broken = "GradientCard (fuchsia: Level 3b -- \"Collapse\"\n";
        assertInstanceOf(Paragraph.class, outline(broken).get(0));
        assertEquals(List.of("c.md:9:1: warning[unrecognised-component]: 'GradientCard (fuchsia:' reads like the start "
                + "of a GradientCard but is not one Lectern reads ('GradientCard (colour): title', or 'GradientCard grid:' "
                + "then a list); it is shown as text"), diagnostics(broken));
        assertEquals(List.of(), diagnostics("- ComparisonRows for the three preprocessors\n- InsightBlock (2), TipBlock\n"));
    }

    @Test
    void aParagraphThatNamesAComponentAndGoesOnInWordsIsReportedAndShownAsText() {
        String instruction = "ModuleCompleteBlock listing the three lessons and what was achieved.\n";
        assertInstanceOf(Paragraph.class, outline(instruction).get(0));
        assertEquals(List.of("c.md:9:1: warning[unrecognised-component]: 'ModuleCompleteBlock listing the three lessons "
                + "and what wa...' names a ModuleCompleteBlock but is not one ('ModuleCompleteBlock: text' or "
                + "'ModuleCompleteBlock (aside): text'); it is shown as text"), diagnostics(instruction));
        assertEquals(List.of("c.md:9:1: warning[unrecognised-component]: 'ModuleCompleteBlock + SeriesCompleteBlock.' "
                + "names a ModuleCompleteBlock but is not one ('ModuleCompleteBlock: text' or 'ModuleCompleteBlock "
                + "(aside): text'); it is shown as text"), diagnostics("ModuleCompleteBlock + SeriesCompleteBlock.\n"));
        assertEquals(List.of(), diagnostics("ModuleCompleteBlock: Module 7.2 is complete.\n"));
    }

    @Test
    void componentNamesOutsideTheOutlineStayProse() {
        Lessons.Parsed parsed = Lessons.parse("c.md", "# Lesson: X\n\n## Phase 2: Analyze\n\n### Notes\n\n"
                + "WarningBlock: \"Not a component here.\"\n");
        assertInstanceOf(Paragraph.class, parsed.lesson().phase(2).orElseThrow().parts().get(0).blocks().get(0));
    }

    @Test
    void displayMathInBothFences() {
        MathBlock multi = (MathBlock) outline("$$\n\\frac{a}{b}\n$$\n").get(0);
        assertEquals("\\frac{a}{b}", multi.tex());
        assertEquals(9, multi.line());
        MathBlock single = (MathBlock) outline("$$ x^2 $$\n").get(0);
        assertEquals("x^2", single.tex());
    }

    @Test
    void aMisspeltComponentNameIsReportedWithTheNameItIsCloseToAndTheTextKept() {
        assertInstanceOf(Paragraph.class, outline("InsightBlok: \"Two Teachers\" text\n").get(0));
        assertEquals(List.of("c.md:9:1: warning[unrecognised-component]: 'InsightBlok' is not a component: a misspelt "
                + "InsightBlock? ('InsightBlock: text' or 'InsightBlock (aside): text'); it is shown as text"),
                diagnostics("InsightBlok: \"Two Teachers\" text\n"));
        assertEquals(List.of("c.md:9:3: warning[unrecognised-component]: 'GradiantCard' is not a component: a misspelt "
                + "GradientCard? ('GradientCard (colour): title', or 'GradientCard grid:' then a list); it is shown as text"),
                diagnostics("**GradiantCard (violet): Title**\n"));
        assertEquals(List.of(), diagnostics("LayerNorm: normalises each token.\n"));
        assertEquals(List.of(), diagnostics("Warning: this is plain prose.\n"));
    }

    @Test
    void anUnclosedFormulaEndsAtTheBlankLineAndTheTextAfterItIsStillRead() {
        String markdown = "$$\n\\frac{a}{b}\n\nThe text after it.\n";
        List<Block> blocks = outline(markdown);
        assertEquals("\\frac{a}{b}", ((MathBlock) blocks.get(0)).tex());
        assertEquals("The text after it.", ((Paragraph) blocks.get(1)).text().markdown());
        assertEquals(List.of("c.md:9:1: warning[unclosed-math]: display math '$$' has no closing '$$' before the "
                + "next blank line; the formula is read up to there and the text after it as text"), diagnostics(markdown));
    }

    @Test
    void plainEquationLineBecomesAFormulaButProseDoesNot() {
        assertEquals("x_t = (1 - t) \\, x_0 + t \\, \\epsilon",
                ((MathBlock) outline("x_t = (1-t)*x_0 + t*epsilon\n").get(0)).tex());
        assertInstanceOf(Paragraph.class, outline("The loss is L = a + b for now.\n").get(0));
    }

    /** Three corpus lessons: the short phrase before the first sentence names the callout, as a title would. */
    @Test
    void aCalloutsOpeningPhraseInLowerCaseIsItsTitle() {
        Callout scope = (Callout) outline("- ConstraintBlock: scope boundaries. This lesson does not cover LCM.\n").get(0);

        assertEquals(CalloutType.CONSTRAINT, scope.type());
        assertEquals(List.of("scope boundaries", 9, 20), List.of(scope.title().orElseThrow().markdown(),
                scope.title().orElseThrow().line(), scope.title().orElseThrow().column()));
        assertEquals("This lesson does not cover LCM.", ((Paragraph) scope.body().get(0)).text().markdown());
        // a sentence that starts in lower case is the body
        Callout tip = (Callout) outline("TipBlock: the cache makes this fast. Try it.\n").get(0);
        assertEquals(Optional.empty(), tip.title());
    }

    /** consistency-models: {@code Formula:}, the equation on the next line, then what its letters mean. */
    @Test
    void anEquationLineInsideAParagraphBecomesAFormulaBetweenItsText() {
        List<Block> blocks = outline("Formula:\nL_CD = d(f_theta(x), f_{theta_minus}(hat_x))\nwhere d is a distance.\n");

        assertEquals(3, blocks.size(), blocks.toString());
        assertEquals("Formula:", ((Paragraph) blocks.get(0)).text().markdown());
        MathBlock formula = (MathBlock) blocks.get(1);
        assertEquals("L_CD = d(f_theta(x), f_{theta_minus}(hat_x))", formula.source());
        assertEquals(List.of(10, 1), List.of(formula.texLine(), formula.texColumn()));
        assertEquals(true, formula.tex().startsWith("L_{\\text{CD}} = d("), formula.tex());
        Paragraph after = (Paragraph) blocks.get(2);
        assertEquals(List.of("where d is a distance.", 11), List.of(after.text().markdown(), after.text().line()));
        // prose that holds an equals sign stays one paragraph
        assertEquals(1, outline("The loss is L = a + b\nfor now, and x = y later.\n").size());
    }

    private static List<String> items(Block list) {
        return ((ListBlock) list).items().stream()
                .map(i -> ((Paragraph) i.blocks().get(0)).text().markdown()).toList();
    }
}
