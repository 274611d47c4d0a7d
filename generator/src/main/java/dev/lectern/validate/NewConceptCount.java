package dev.lectern.validate;

import dev.lectern.model.Block;
import dev.lectern.model.ChecklistSection;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata.Field;
import dev.lectern.model.ListBlock;
import dev.lectern.model.ListItem;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Part;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Rule;
import dev.lectern.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code cognitive-load-exceeded}: a lesson should bring at most 3 new concepts. The number is read
 * where lessons state it: the cognitive load field ({@code BUILD (2-3 new concepts: ...)}) and the
 * {@code **New concepts in this lesson:** 2} line of the cognitive load assessment; a range counts
 * by its upper bound. Reviews and checklists only quote the number, so they are not read; neither
 * are lines about other lessons ({@code Previous lesson load: STRETCH (2-3 new concepts)}). The
 * lesson is reported once, at the first statement over the limit.
 */
final class NewConceptCount implements CourseCheck {
    static final int LIMIT = 3;

    /** A count or a range; digits are capped so that no number can overflow. */
    private static final String COUNT = "(?<!\\d)(\\d{1,6})(?:\\s*(?:-|–|—|to)\\s*(\\d{1,6}))?(?!\\d)";
    /** In a cognitive load field: {@code 2 concepts}, {@code 2-3 genuinely new concepts}. */
    private static final Pattern IN_FIELD = Pattern.compile("(?<![\\w.])" + COUNT
            + "\\s+(?:[a-z]+\\s+){0,3}concepts?\\b", Pattern.CASE_INSENSITIVE);
    /** A {@code New concepts:} label, then the count right after it. */
    private static final Pattern LABELLED = Pattern.compile("^New concepts(?: in this lesson)?\\s*:\\s*" + COUNT
            + "(?![\\d.]\\d)", Pattern.CASE_INSENSITIVE);

    /**
     * The author's own word on the count, in the lesson's cognitive load part: a labelled assessment or note
     * ({@code Assessment: This is borderline ...}), or a sentence that calls the load borderline or acceptable.
     */
    private static final Pattern NOTE = Pattern.compile("(?i)^(?:assessment|note|justification|rationale)\\s*:"
            + "|^is this appropriate\\b|\\b(?:borderline|acceptable|justified)\\b");
    private static final Pattern COGNITIVE_LOAD = Pattern.compile("(?i)\\bcognitive load\\b");
    /** A note is quoted for its reason, which follows its first sentence: in whole sentences, up to this long. */
    private static final int NOTE_LENGTH = 200;

    /** A stated count and where it is stated. */
    record Statement(int line, int column, Count count, String text) {
    }

    /** A count as written: the bounds of a range ({@code 2-3}), equal for one number. */
    record Count(int low, int high) {
        /** The count a match found whose first two groups are {@link #COUNT}'s: the number, and a range's end. */
        static Count of(Matcher m) {
            int low = Integer.parseInt(m.group(1));
            return new Count(low, m.group(2) != null ? Integer.parseInt(m.group(2)) : low);
        }

        /** {@code 2} or {@code 2-3}. */
        String text() {
            return low == high ? Integer.toString(high) : low + "-" + high;
        }
    }

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            statements(lesson).stream().filter(s -> s.count().high() > LIMIT).findFirst()
                    .ifPresent(s -> sink.forFile(lesson.file()).report(Rule.COGNITIVE_LOAD_EXCEEDED, s.line(), s.column(),
                            s.count().high() + " new concepts stated ('" + shortened(s.text())
                                    + "'); a lesson should bring at most " + LIMIT + note(lesson, s)));
        }
    }

    /**
     * The lesson's note on its count in its cognitive load part ({@code ### Cognitive Load}), quoted: so that the
     * reviewer weighs the author's reason ({@code as the opening lesson ...}) instead of hunting for it.
     */
    private static String note(Lesson lesson, Statement statement) {
        List<Block> blocks = new ArrayList<>();
        for (Section section : lesson.sections()) {
            if (COGNITIVE_LOAD.matcher(section.heading().plain()).find()) {
                blocks.addAll(section.intro());
            }
            section.parts().stream().filter(p -> COGNITIVE_LOAD.matcher(p.heading().plain()).find())
                    .forEach(p -> blocks.addAll(p.blocks()));
        }
        return notes("the lesson", "line ", LessonText.of(blocks).stream()
                .filter(run -> run.text().line() != statement.line()), NOTE); // the statement is quoted already
    }

    /**
     * {@code ; the plan notes it (plan.md:37: 'Note: lessons 3-4 are back-to-back STRETCH. Acceptable because ...')}:
     * the first of {@code runs} that {@code note} finds, quoted after {@code at} and its line, long enough to reach
     * its reason, for a message to weigh the author's own word; empty when no run is a note.
     */
    static String notes(String who, String at, Stream<TextRun> runs, Pattern note) {
        return runs.map(TextRun::text).filter(text -> note.matcher(text.plain()).find()).findFirst()
                .map(text -> "; " + who + " notes it (" + at + text.line() + ": '" + sentences(text.plain()) + "')")
                .orElse("");
    }

    /** The text's first line in whole sentences up to {@link #NOTE_LENGTH}, cut as another quote when its first is longer. */
    private static String sentences(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        int end = line.lastIndexOf(". ", NOTE_LENGTH - 1);
        return line.length() <= NOTE_LENGTH || end < 0 ? shortened(line, NOTE_LENGTH) : line.substring(0, end + 1) + " ...";
    }

    /** Every count of new concepts the lesson states, the cognitive load field first, then in document order. */
    static List<Statement> statements(Lesson lesson) {
        List<Statement> statements = new ArrayList<>();
        for (Field field : lesson.metadata().fields()) {
            if (MetadataFields.COGNITIVE_LOAD_KEYS.contains(field.key().toLowerCase(Locale.ROOT))) {
                Matcher m = IN_FIELD.matcher(field.value());
                if (m.find()) {
                    int column = field.valueColumn() == 0 ? 0 : field.valueColumn() + m.start(); // at the number
                    statements.add(new Statement(field.line(), column, Count.of(m), field.key() + ": " + field.value()));
                }
            }
        }
        for (Section section : lesson.sections()) {
            if (!(section instanceof ReviewSection) && !(section instanceof ChecklistSection)) {
                collect(section.intro(), statements);
                for (Part part : section.parts()) {
                    collect(part.blocks(), statements);
                }
            }
        }
        return statements;
    }

    private static void collect(List<Block> blocks, List<Statement> statements) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                labelled(paragraph, statements);
            } else if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    collect(item.blocks(), statements);
                }
            }
        }
    }

    private static void labelled(Paragraph paragraph, List<Statement> statements) {
        String markdown = paragraph.text().markdown();
        if (!markdown.substring(0, Math.min(markdown.length(), 40)).toLowerCase(Locale.ROOT).contains("new concepts")) {
            return; // the label opens the paragraph; most paragraphs are not it
        }
        String text = paragraph.text().plain().replace('\u00a0', ' '); // a no-break space after the label is a space
        Matcher m = LABELLED.matcher(text);
        if (m.find()) {
            // the number in the Markdown, after the label (emphasis marks may stand between them)
            int number = markdown.indexOf(m.group(1), markdown.toLowerCase(Locale.ROOT).indexOf("new concepts"));
            statements.add(new Statement(paragraph.line(), Math.max(paragraph.text().columnAt(Math.max(number, 0)), 1),
                    Count.of(m), text));
        }
    }

    /** The text's first line, cut to 80 characters: for quoting it in a message. */
    static String shortened(String text) {
        return shortened(text, 80);
    }

    private static String shortened(String text, int length) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() <= length ? line : line.substring(0, length - 3) + "...";
    }
}
