package dev.lectern.validate;

import dev.lectern.model.Finding;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.ReviewSection;
import java.util.Locale;

/** How the review rules name findings and iterations in messages. */
final class Findings {

    private Findings() {
    }

    /** {@code 2 improvement findings}, {@code 1 critical finding}. */
    static String count(long count, FindingSeverity severity) {
        return count + " " + severity.name().toLowerCase(Locale.ROOT) + " finding" + (count == 1 ? "" : "s");
    }

    /** {@code 'Missing contrastive example'}, the finding's title as plain text. */
    static String title(Finding finding) {
        return "'" + finding.title().plain() + "'";
    }

    /** {@code iteration 2}: the number the heading gives, else the review's place in the lesson. */
    static String iteration(ReviewSection review, int place) {
        return "iteration " + review.iteration().orElse(place);
    }
}
