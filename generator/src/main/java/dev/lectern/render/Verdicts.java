package dev.lectern.render;

import dev.lectern.model.Lesson;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Verdict;
import java.util.Locale;
import java.util.Optional;

/** How a verdict is labelled and styled, on the course index and the review page alike. */
final class Verdicts {
    static final String NOT_REVIEWED = "Not reviewed";

    private Verdicts() {
    }

    static String text(Optional<Verdict> verdict) {
        return verdict.map(Verdict::text).filter(t -> !t.isBlank()).orElse("No verdict");
    }

    static String cssClass(Optional<Verdict> verdict) {
        return "verdict verdict-" + verdict.flatMap(Verdict::kind)
                .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .orElse("other");
    }

    static String latestText(Lesson lesson) {
        return lesson.latestReview().map(r -> text(r.verdict())).orElse(NOT_REVIEWED);
    }

    static String latestClass(Lesson lesson) {
        return lesson.latestReview().map(ReviewSection::verdict).map(Verdicts::cssClass).orElse("verdict verdict-none");
    }
}
