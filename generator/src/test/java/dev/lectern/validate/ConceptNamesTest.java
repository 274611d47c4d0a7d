package dev.lectern.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptNamesTest {

    @Test
    void splitsIntoRunsOfLettersAndNumbers() {
        assertEquals(List.of("GAN", "adversarial", "training", "x", "0", "2", "3"),
                ConceptNames.letterRuns("GAN/adversarial training (x_0, 2–3)"));
    }

    @Test
    void splitsAsTheLetterAndNumberPatternDoesOnAnyText() {
        for (String text : List.of("", "  ", "-a-", "Über-Straße № ½ Ⅻ x²", "naïve (MENTIONED, need INTRODUCED)",
                "emoji \uD83D\uDE00 and 𝑥 (math italic) \uD800 lone", "日本語のテキスト、句読点。", "tab\tand\nline")) {
            List<String> expected = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(s -> !s.isEmpty()).toList();
            assertEquals(expected, ConceptNames.letterRuns(text), text);
        }
    }
}
