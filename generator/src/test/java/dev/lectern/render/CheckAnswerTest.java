package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Inline;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A check question's answer in parentheses goes behind "Show answer" on the student page, and only there. */
class CheckAnswerTest {

    @Test
    void splitsTheQuestionFromAnAnswerThatHasParenthesesOfItsOwn() {
        Optional<CheckAnswer> split = CheckAnswer.of(new Inline(
                "\"Would it work at 768x768?\" (Answer: Likely not (96x96x4 instead of 64x64x4), see $f(x)$.)", 12), false);
        assertEquals("\"Would it work at 768x768?\"", split.orElseThrow().question().markdown());
        assertEquals("Likely not (96x96x4 instead of 64x64x4), see $f(x)$.", split.orElseThrow().answer().markdown());
        assertEquals(12, split.orElseThrow().answer().line());
    }

    @Test
    void leavesTextAsWrittenUnlessItEndsWithAnAnswerAfterAQuestion() {
        for (String text : List.of("No answer here (just an aside)", "(Answer: only an answer)",
                "Question? (Answer: unbalanced", "Question? (Answer: one) and more", "Question? (Answer: )",
                "A smiley :)")) {
            assertEquals(Optional.empty(), CheckAnswer.of(new Inline(text, 1), false), text);
            assertEquals(Optional.empty(), CheckAnswer.of(new Inline(text, 1), true), text);
        }
    }

    @Test
    void inACheckSectionTheParenthesesAfterAQuestionOrAQuotedPromptAreItsAnswer() {
        for (String[] written : List.of(
                new String[] {"\"If you set the scale to 0, what happens?\" (Image branch contributes nothing.)",
                        "\"If you set the scale to 0, what happens?\"", "Image branch contributes nothing."},
                new String[] {"Which level can they use? (Level 1: swap the scheduler)", "Which level can they use?",
                        "Level 1: swap the scheduler"},
                new String[] {"True or false: \"Level 2 makes Level 1 obsolete.\" (False. The levels compose.)",
                        "True or false: \"Level 2 makes Level 1 obsolete.\"", "False. The levels compose."},
                new String[] {"\"A photo of a dancer.\" (OpenPose.)", "\"A photo of a dancer.\"", "OpenPose."})) {
            CheckAnswer split = CheckAnswer.of(new Inline(written[0], 3), true).orElseThrow();
            assertEquals(written[1], split.question().markdown().strip(), written[0]);
            assertEquals(written[2], split.answer().markdown(), written[0]);
            assertEquals(Optional.empty(), CheckAnswer.of(new Inline(written[0], 3), false), "outside a check section");
        }
        assertEquals(Optional.empty(), CheckAnswer.of(new Inline("Noise prediction: a plain line (an aside)", 1), true));
    }

    @Test
    void aLineThatAsksToPredictHasItsAnswerHiddenInAnySection() {
        CheckAnswer split = CheckAnswer.of(new Inline(
                "Predict-before-run: \"Which path is straighter?\" (The flow matching path is a line.)", 1), false).orElseThrow();
        assertEquals("The flow matching path is a line.", split.answer().markdown());
        assertEquals(Optional.empty(), CheckAnswer.of(new Inline(
                "Noise prediction: \"What noise was added?\" (DDPM's language)", 1), false));
    }
}
