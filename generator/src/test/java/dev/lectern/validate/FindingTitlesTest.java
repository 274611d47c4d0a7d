package dev.lectern.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Finding;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.Inline;
import dev.lectern.model.ResolutionCheck;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How resolution check rows are paired with the previous iteration's findings. */
class FindingTitlesTest {

    private static Finding finding(FindingSeverity severity, String title) {
        return new Finding(1, Optional.of(severity), severity.name(), new Inline(title, 1), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    private static ResolutionCheck row(FindingSeverity severity, String finding) {
        return new ResolutionCheck(2, new Inline(finding, 2), Optional.ofNullable(severity), new Inline("RESOLVED", 2),
                Inline.empty(2));
    }

    @Test
    void aShortenedTitleMatchesItsFinding() {
        Set<String> row = FindingTitles.words("\"ADD is not just a GAN\" lacks standalone negative example");
        Set<String> title = FindingTitles.words(
                "Misconception \"ADD is not just a GAN\" lacks a standalone negative example");

        assertEquals(Set.of("add", "not", "just", "gan", "lack", "standalone", "negative", "example"), row);
        assertEquals(1.0, FindingTitles.similarity(row, title));
    }

    @Test
    void eachRowNamesOneFindingSoTheFindingWithoutARowIsLeft() {
        Finding three = finding(FindingSeverity.IMPROVEMENT, "Notebook Exercise 3 has a bare `pass`");
        Finding four = finding(FindingSeverity.POLISH, "Notebook Exercise 4 solution references an SDXL LoRA");

        assertEquals(List.of(three), FindingTitles.unmatched(List.of(three, four),
                List.of(row(FindingSeverity.POLISH, "Notebook Exercise 4 SDXL LoRA reference"))));
    }

    @Test
    void aNumberedRowNamesTheFindingAtThatPlace() {
        Finding first = finding(FindingSeverity.CRITICAL, "Notebook missing");
        Finding sixth = finding(FindingSeverity.POLISH, "E4 skip connection missing from Mermaid diagram");

        assertEquals(List.of(first), FindingTitles.unmatched(List.of(first, sixth),
                List.of(row(null, "#2 [POLISH] z4 unused in pseudocode"))));
    }

    @Test
    void aParaphrasedRowOfTheSameSeverityPairsWithTheFindingLeftOver() {
        Finding recap = finding(FindingSeverity.IMPROVEMENT, "Knowledge distillation recap lacks depth");
        Finding picture = finding(FindingSeverity.IMPROVEMENT,
                "Consistency distillation training procedure could show the picture more visually");

        assertEquals(List.of(), FindingTitles.unmatched(List.of(recap, picture), List.of(
                row(FindingSeverity.IMPROVEMENT, "Knowledge distillation recap too thin"),
                row(FindingSeverity.IMPROVEMENT, "Training procedure lacks geometric diagram"))));
        assertEquals(List.of(picture), FindingTitles.unmatched(List.of(recap, picture), List.of(
                row(FindingSeverity.IMPROVEMENT, "Knowledge distillation recap too thin"),
                row(FindingSeverity.POLISH, "Training procedure lacks geometric diagram"))));
    }
}
