package dev.lectern.render;

import dev.lectern.model.Verdict;
import java.util.Locale;
import java.util.Optional;

/** How a verdict is labelled and styled, on the validation report and the review page alike. */
final class Verdicts {
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
}
