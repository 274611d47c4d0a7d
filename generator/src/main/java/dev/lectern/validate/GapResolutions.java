package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.GapResolution;
import dev.lectern.model.GapResolutionTable;
import dev.lectern.model.Lesson;
import dev.lectern.model.PrereqStatus;
import dev.lectern.model.Prerequisite;
import dev.lectern.model.Rule;
import dev.lectern.parse.ModuleRecordParser;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * {@code gap-without-resolution}: every GAP or MISSING prerequisite needs a row in the gap
 * resolution table. Gap rows name their concept loosely ({@code ViT at MENTIONED, need DEVELOPED}),
 * so each gap row resolves the prerequisite whose name shares the most words with it, counted first
 * without parenthesised parts, then with them; rows that tie are all resolved, to stay lenient.
 */
final class GapResolutions implements CourseCheck {

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            List<Prerequisite> rows = lesson.prerequisites();
            List<GapResolutionTable> tables = lesson.tables(GapResolutionTable.class);
            boolean[] resolved = resolved(lesson, rows);
            for (int i = 0; i < rows.size(); i++) {
                Prerequisite row = rows.get(i);
                boolean isGap = row.status().map(s -> s != PrereqStatus.OK).orElse(false);
                if (isGap && !resolved[i]) {
                    sink.forFile(lesson.file()).report(Rule.GAP_WITHOUT_RESOLUTION, row.line(), row.statusText().column(), "'"
                            + ModuleRecordParser.conceptName(row.concept().plain()) + "' is " + row.status().get()
                            + ", but " + (tables.isEmpty() ? "the lesson has no gap resolution table"
                            : "no row of the gap resolution table names it") + "; say how the lesson closes the gap");
                }
            }
        }
    }

    /** For each of the lesson's prerequisites {@code rows}, whether a row of its gap resolution tables names it. */
    static boolean[] resolved(Lesson lesson, List<Prerequisite> rows) {
        boolean[] resolved = new boolean[rows.size()];
        for (GapResolutionTable table : lesson.tables(GapResolutionTable.class)) {
            for (GapResolution gap : table.rows()) {
                bestMatches(gap, rows).forEach(i -> resolved[i] = true);
            }
        }
        return resolved;
    }

    /** The indexes of the prerequisites {@code gap} names: those sharing the most words with it, all of them if they tie. */
    static IntStream bestMatches(GapResolution gap, List<Prerequisite> rows) {
        Set<String> name = ConceptNames.words(gap.gap().plain());
        Set<String> all = ConceptNames.allWords(gap.gap().plain());
        int[] scores = new int[rows.size()];
        int best = 0;
        for (int i = 0; i < rows.size(); i++) {
            String concept = rows.get(i).concept().plain();
            // name words dominate; words in parentheses only break ties or rescue a name written in them
            scores[i] = ConceptNames.overlap(name, ConceptNames.words(concept)) * 1000
                    + ConceptNames.overlap(all, ConceptNames.allWords(concept));
            best = Math.max(best, scores[i]);
        }
        int top = best;
        return IntStream.range(0, rows.size()).filter(i -> top > 0 && scores[i] == top);
    }
}
