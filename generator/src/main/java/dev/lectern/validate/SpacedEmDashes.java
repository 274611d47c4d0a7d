package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Lesson;
import dev.lectern.model.Rule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code spaced-em-dash}: the seed's style rule, "em dashes without spaces", in the text students
 * read: the lesson outline. Reviews and planning tables quote offending text, so they are not
 * checked; nor is code. {@code --} is not an em dash (the seed writes it on purpose). Reported at
 * the em dash; the column is 0 where the model cannot tell it.
 */
final class SpacedEmDashes implements CourseCheck {
    /** All but the last word: up to the last white space. */
    private static final Pattern LAST_WORD = Pattern.compile(".*\\s", Pattern.DOTALL);
    private static final Pattern SPACED = Pattern.compile("(?<=[ \\t\\u00A0])\u2014(?=[ \\t\\u00A0])");

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            FileReporter reporter = sink.forFile(lesson.file());
            lesson.outline().ifPresent(outline -> {
                for (TextRun run : LessonText.of(outline.blocks())) {
                    check(run, reporter);
                }
            });
        }
    }

    private static void check(TextRun run, FileReporter reporter) {
        if (run.markdown().indexOf('\u2014') < 0) {
            return; // most runs have no em dash: skip blanking their code
        }
        Matcher m = SPACED.matcher(run.withoutCode());
        while (m.find()) {
            TextRun.Position at = run.position(m.start());
            String text = run.markdown();
            String before = LAST_WORD.matcher(text.substring(0, m.start()).stripTrailing()).replaceFirst("");
            String after = text.substring(m.end()).stripLeading().split("\\s+", 2)[0];
            reporter.report(Rule.SPACED_EM_DASH, at.line(), at.column(), "spaced em dash in student text: write '"
                    + before + "\u2014" + after + "', not '" + before + " \u2014 " + after + "'");
        }
    }
}
