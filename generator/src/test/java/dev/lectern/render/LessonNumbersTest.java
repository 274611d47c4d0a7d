package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lesson numbers as each lesson's pages link them, and as serve remembers them between rebuilds. */
class LessonNumbersTest {
    private static final Map<String, LessonNumbers.Target> TARGETS = Map.of(
            "7.3.1", new LessonNumbers.Target("consistency-models", "Consistency Models"),
            "7.3.2", new LessonNumbers.Target("latent-consistency-and-turbo", "Latent Consistency & Turbo"));

    @Test
    void aLessonDoesNotLinkItsOwnNumber() {
        LessonNumbers numbers = new LessonNumbers(TARGETS).of("consistency-models");

        assertEquals(List.of(new LessonNumbers.Found(24, 29, TARGETS.get("7.3.2"))),
                numbers.find("this lesson (7.3.1) and 7.3.2"));
    }

    @Test
    void onlyATextWithTwoDotsBetweenDigitsMayHoldANumberSoThatDecimalsStayOnThePlainTextPath() {
        LessonNumbers numbers = new LessonNumbers(TARGETS);

        assertEquals(List.of(true, true, false, false, false), List.of(numbers.mayHold("from 7.3.1"),
                numbers.mayHold("v1.5 and 7.3.12"), numbers.mayHold("0.5 and 1.25"), numbers.mayHold("7.3. then"),
                LessonNumbers.NONE.mayHold("7.3.1")));
    }

    /** A thousand lessons' contexts compare their numbers at each rebuild: with one map, that is an identity check. */
    @Test
    void serveKeepsTheLastRendersNumbersWhileTheyAreEqualSoThatEveryLessonSharesOneMap() {
        RenderCache cache = RenderCache.inMemory();
        LessonNumbers first = cache.same(new LessonNumbers(TARGETS));
        LessonNumbers again = cache.same(new LessonNumbers(Map.copyOf(TARGETS)));
        LessonNumbers fewer = cache.same(new LessonNumbers(Map.of("7.3.1", TARGETS.get("7.3.1"))));

        assertSame(first, again);
        assertSame(first.targets(), again.of("x").targets());
        assertEquals(Map.of("7.3.1", TARGETS.get("7.3.1")), fewer.targets());
    }
}
