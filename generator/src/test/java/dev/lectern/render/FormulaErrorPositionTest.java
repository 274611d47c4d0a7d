package dev.lectern.render;

import static dev.lectern.testing.EditedContent.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Diagnostic;
import dev.lectern.testing.EditedContent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tex-error points at the formula: an inline one at its opening {@code $}, a displayed one where its TeX starts. */
class FormulaErrorPositionTest {
    private static final String PARAGRAPH = "\"Adversarial diffusion distillation combines two losses:\"";
    private static final String EQUATION = PARAGRAPH + "\n\nL_ADD = L_diffusion + lambda * L_adversarial";
    private static final String ERROR = ": warning[tex-error]: TeX error in `\\bad y`: Undefined control sequence: \\bad";

    private static List<String> texErrors(Path dir, String from, String to) {
        return RenderedSite.of(EditedContent.seedWith(dir, from, to)).diagnostics.stream()
                .filter(d -> d.rule().equals("tex-error")).map(Diagnostic::format).toList();
    }

    @Test
    void anInlineFormulaIsReportedAtItsDollarSign(@TempDir Path dir) {
        assertEquals(List.of(SEED + ":346:46" + ERROR),
                texErrors(dir, PARAGRAPH, "\"Adversarial distillation combines $x^2$ and $\\bad y$:\""));
    }

    @Test
    void aFormulaOnTheSecondLineOfAParagraphInQuotationMarksIsReportedOnceOnThatLine(@TempDir Path dir) {
        assertEquals(List.of(SEED + ":347:10" + ERROR),
                texErrors(dir, PARAGRAPH, "\"Adversarial distillation\ncombines $\\bad y$:\""));
    }

    @Test
    void aFormulaOnAQuotesSecondLineCountsTheQuoteMarker(@TempDir Path dir) {
        assertEquals(List.of(SEED + ":347:12" + ERROR),
                texErrors(dir, PARAGRAPH, "> \"Adversarial distillation\n> combines $\\bad y$:\""));
    }

    @Test
    void aFormulaOnAListItemsSecondLineCountsTheItemsIndent(@TempDir Path dir) {
        assertEquals(List.of(SEED + ":347:16" + ERROR), texErrors(dir, PARAGRAPH, "- A list item\n  that goes on $\\bad y$"));
    }

    @Test
    void aFormulaInATableCellIsReportedInItsCell(@TempDir Path dir) {
        assertEquals(List.of(SEED + ":15:124" + ERROR), texErrors(dir,
                "| consistency-models (7.3.1) | The student understands the 4-step",
                "| consistency-models (7.3.1) | The $\\bad y$ student understands the 4-step"));
    }

    @Test
    void aDisplayedFormulaIsReportedWhereItsTexStartsOnTheNextLine(@TempDir Path dir) {
        assertEquals(List.of(SEED + ":349:3" + ERROR), texErrors(dir, EQUATION, PARAGRAPH + "\n\n$$\n  \\bad y\n$$"));
    }

    @Test
    void aDisplayedFormulaInAQuoteIsReportedWhereItsTexStarts(@TempDir Path dir) {
        assertEquals(List.of(SEED + ":349:5" + ERROR), texErrors(dir, EQUATION, PARAGRAPH + "\n\n> $$\n>   \\bad y\n> $$"));
    }

    @Test
    void aDisplayedFormulaOnOneLineIsReportedAfterItsOpeningDollars(@TempDir Path dir) {
        assertEquals(List.of(SEED + ":348:4" + ERROR), texErrors(dir, EQUATION, PARAGRAPH + "\n\n$$ \\bad y $$"));
    }

    @Test
    void aMathFenceIsReportedAtItsFirstLineOfTex(@TempDir Path dir) {
        assertEquals(List.of(SEED + ":349:1" + ERROR), texErrors(dir, EQUATION, PARAGRAPH + "\n\n```math\n\\bad y\n```"));
    }
}
