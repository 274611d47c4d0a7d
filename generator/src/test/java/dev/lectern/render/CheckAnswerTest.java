package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Inline;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A check question's "(Answer: ...)" goes behind "Show answer" on the student page, and only there. */
class CheckAnswerTest {

    @Test
    void splitsTheQuestionFromAnAnswerThatHasParenthesesOfItsOwn() {
        Optional<CheckAnswer> split = CheckAnswer.of(new Inline(
                "\"Would it work at 768x768?\" (Answer: Likely not (96x96x4 instead of 64x64x4), see $f(x)$.)", 12));
        assertEquals("\"Would it work at 768x768?\"", split.orElseThrow().question().markdown());
        assertEquals("Likely not (96x96x4 instead of 64x64x4), see $f(x)$.", split.orElseThrow().answer().markdown());
        assertEquals(12, split.orElseThrow().answer().line());
    }

    @Test
    void leavesTextAsWrittenUnlessItEndsWithAnAnswerAfterAQuestion() {
        for (String text : List.of("No answer here (just an aside)", "(Answer: only an answer)",
                "Question? (Answer: unbalanced", "Question? (Answer: one) and more", "Question? (Answer: )",
                "A smiley :)")) {
            assertEquals(Optional.empty(), CheckAnswer.of(new Inline(text, 1)), text);
        }
    }
}
