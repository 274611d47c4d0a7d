package dev.lectern.render;

import dev.lectern.model.Block;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author's directions to themselves in a lesson's outline, which the students' page leaves out; the spec keeps
 * every line as written. Found by a small vocabulary, not guessed, so that no label the student needs goes
 * ({@code Predict-before-run}, {@code Question 1}, {@code Challenge}, {@code Negative example}, {@code English},
 * {@code The score says}, {@code Connection}, {@code Preview of next lesson} stay):
 * <ul>
 * <li>a direction before a line that is otherwise one quotation ({@link QuotedLine}) leaves the quotation alone,
 * unquoted: {@code Address Misconception #1 (here)}, {@code Transition (to ...)}, {@code Connect to ...},
 * {@code (Brief) callback to ...}, {@code Bridge to ...}, {@code Echo the ...}, {@code Challenge the student},
 * {@code Present the ...}, {@code Problem-before-solution}, {@code (Capstone) tone}, {@code 2-3 sentences ...}. Without
 * a quotation after it ({@code Transition: we move on}) the line is the author's plan, not the lesson's words, and
 * stays as written;</li>
 * <li>a sentence count after a label, before a quotation: {@code **LoRA** (from 6.5.1): 2-3 sentences. "..."} reads
 * {@code **LoRA** (from 6.5.1): ...};</li>
 * <li>a paragraph that is only a hook's type, in a section whose heading says Hook
 * ({@code Type: **Before/after reveal**}), is left out.</li>
 * </ul>
 */
final class StageDirections {
    private static final String COUNT = "\\d+(?:\\s*[-\u2013]+\\s*\\d+)? sentences?\\b\\.?\\s*";
    /** A direction's label: some name what follows them ({@code Connect to Euler's method}), some stand alone. */
    private static final String LABEL = "(?:(?:address misconception|connect to|(?:brief )?callback to|bridge to|echo the"
            + "|challenge the student|present the|transition to)\\b[^:\"\u201C\\n*]{0,80}|transition|problem-before-solution"
            + "|(?:capstone (?:series )?)?tone|" + COUNT + "[^:\"\u201C\\n*]{0,80})";
    private static final Pattern DIRECTION = Pattern.compile("\\s*\\**" + LABEL + "\\**:\\**\\s*(?:" + COUNT + ")?(?=[\"\u201C])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_AFTER_LABEL = Pattern.compile(":\\**\\s*(" + COUNT + ")(?=[\"\u201C])");
    private static final Pattern HOOK = Pattern.compile("\\bhook\\b");
    private static final Pattern HOOK_TYPE = Pattern.compile("\\**Type:\\**[ \\t]+[^\\n]+");

    private StageDirections() {
    }

    /**
     * What the student reads of a line, in one or two parts (a label kept before a sentence count, then the rest),
     * each rendered apart so that it keeps its place in the source for a formula's error; a quotation without its
     * marks.
     */
    static List<Inline> spoken(Inline text) {
        String markdown = text.markdown();
        Matcher direction = DIRECTION.matcher(markdown);
        if (direction.lookingAt()) {
            Optional<Inline> quotation = QuotedLine.unquoted(text.slice(direction.end(), markdown.length()));
            if (quotation.isPresent()) {
                return List.of(quotation.get());
            }
        }
        Matcher count = COUNT_AFTER_LABEL.matcher(markdown);
        if (count.find()) {
            Inline rest = text.slice(count.end(), markdown.length());
            return List.of(text.slice(0, count.start(1)), QuotedLine.unquoted(rest).orElse(rest));
        }
        return List.of(QuotedLine.unquoted(text).orElse(text));
    }

    /** The outline's blocks that students read: all but a Hook section's {@code Type: ...} paragraph. */
    static List<Block> shown(List<Block> outline) {
        boolean hook = false;
        List<Block> shown = new ArrayList<>(outline.size());
        for (Block block : outline) {
            if (block instanceof Heading h) {
                hook = HOOK.matcher(h.text().name()).find();
            }
            if (!(hook && block instanceof Paragraph p && HOOK_TYPE.matcher(p.text().markdown().strip()).matches())) {
                shown.add(block);
            }
        }
        return shown;
    }
}
