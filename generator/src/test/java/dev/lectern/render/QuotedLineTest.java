package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Inline;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which outline lines are entirely a quotation, as the seed and the corpus write them. */
class QuotedLineTest {

    private static Optional<String> unquoted(String markdown) {
        return QuotedLine.unquoted(new Inline(markdown, 7)).map(Inline::markdown);
    }

    @Test
    void aLineThatIsOneQuotationLosesItsMarksAndKeepsTheQuotesInside() {
        assertEquals(Optional.of("This is the second lesson in Module 7.3: Fast Generation."),
                unquoted("\"This is the second lesson in Module 7.3: Fast Generation.\""));
        assertEquals(Optional.of("The question is not 'what new architecture makes this possible?'"),
                unquoted("\"The question is not 'what new architecture makes this possible?'\""));
        assertEquals(Optional.of("The LoRA captures \"how to generate fast\" which generalizes."),
                unquoted("\"The LoRA captures \"how to generate fast\" which generalizes.\""));
        assertEquals(Optional.of("Curly, with “nested” quotes."), unquoted("“Curly, with “nested” quotes.”"));
        assertEquals(Optional.of("Spans\ntwo lines."), unquoted("  \"Spans\ntwo lines.\"  "));
        assertEquals(Optional.of("An *emphasised* word and `code`."), unquoted("\"An *emphasised* word and `code`.\""));
    }

    @Test
    void theLineNumberIsKept() {
        assertEquals(7, QuotedLine.unquoted(new Inline("\"Said.\"", 7)).orElseThrow().line());
    }

    @Test
    void aLineThatIsMoreThanOneQuotationIsLeftAsWritten() {
        for (String text : List.of(
                "\"Staircase to ramp\"--DDPM (discrete steps) is a staircase, SDE is a ramp.",
                "\"Joint attention\" and \"separate thinking\"",
                "\"A\" and \"B\"",
                "Transition: \"What happens next?\"",
                "\"For most users:",
                "\"Ends inside the quote\".",
                "“Curly” and “curly”",
                "\"\"", "\"", "\" \"", "“opens twice“",
                "\"Escaped closing \\\" then more")) {
            assertEquals(Optional.empty(), unquoted(text), text);
        }
    }
}
