package dev.lectern.render;

import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A check question whose answer follows it as the outline writes it,
 * {@code "Does the VAE change?" (Answer: No. ...)}: the student page shows the answer behind a
 * "Show answer" control; the spec keeps the line as written.
 *
 * @param question the text before the answer
 * @param answer   what follows {@code Answer:}, without the parentheses around it
 */
public record CheckAnswer(Inline question, Inline answer) {
    private static final String MARK = "Answer:";
    private static final Pattern CHECK_HEADING = Pattern.compile("\\bCheck\\b");
    /** An item that asks the student to predict, in any section: {@code Predict-before-run: "...?" (...)}. */
    private static final Pattern PREDICTION = Pattern.compile("^(?:\\*\\*)?Predict[\\w-]*:");
    /** A question, or a quoted prompt, as the text before an answer ends: {@code ...?}, {@code "...?"}, {@code "... ."}. */
    private static final Pattern ASKED = Pattern.compile("(?:\\?[\"'”’*]*|[\"”])\\s*$");

    /** Whether a heading opens a section of check questions ({@code 5. Check #1 (predict-and-verify)}, {@code Check: ...}). */
    static boolean opensCheckSection(Heading heading) {
        return CHECK_HEADING.matcher(heading.text().markdown()).find();
    }

    /** The text as the student page shows it before its "Show answer": without the answer, if it has one. */
    static Inline question(Inline text, boolean checkSection) {
        return of(text, checkSection).map(CheckAnswer::question).orElse(text);
    }

    /**
     * The question and its answer when {@code text} ends with a parenthesised group (parentheses inside it
     * balanced) that starts with {@code Answer:} after a question; otherwise nothing, and the text is shown as
     * written. Where the student is asked ({@code checkSection}: a section titled "Check", or a line that asks
     * to predict), the group after a question or a quoted prompt is its answer without the mark:
     * {@code "What happens at scale 0?" (The image branch adds nothing.)}.
     */
    static Optional<CheckAnswer> of(Inline text, boolean checkSection) {
        String markdown = text.markdown().stripTrailing();
        if (!markdown.endsWith(")")) {
            return Optional.empty();
        }
        int depth = 0;
        int open = markdown.length() - 1;
        for (; open >= 0; open--) {
            char c = markdown.charAt(open);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                break;
            }
        }
        if (open < 0) {
            return Optional.empty();
        }
        boolean marked = markdown.regionMatches(true, open + 1, MARK, 0, MARK.length());
        boolean asked = !marked && (checkSection || PREDICTION.matcher(markdown).find())
                && ASKED.matcher(markdown.substring(0, open)).find();
        if (!marked && !asked) {
            return Optional.empty();
        }
        Inline question = text.slice(0, open);
        Inline answer = text.slice(open + 1 + (marked ? MARK.length() : 0), markdown.length() - 1);
        if (question.isBlank() || answer.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CheckAnswer(question, answer));
    }
}
