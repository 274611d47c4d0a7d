package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Depth;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.GapResolution;
import dev.lectern.model.GapResolutionTable;
import dev.lectern.model.Lesson;
import dev.lectern.model.PrereqStatus;
import dev.lectern.model.Prerequisite;
import dev.lectern.model.Rule;
import dev.lectern.parse.ModuleRecordParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code prereq-status-mismatch}: the status must follow from the depths: OK when the actual depth
 * meets the required one, GAP or MISSING when it falls short. Rows whose depths or status could not
 * be read are left to the vocabulary rules. The gap resolution table may say the depth the lesson needs
 * ({@code ViT at MENTIONED, need DEVELOPED}): above the Required Depth cell, that cell is the likely
 * slip, whether the status is GAP (a gap the depths deny) or OK (a gap the row hides).
 */
final class PrerequisiteStatuses implements CourseCheck {
    /** The depth a gap row says the lesson needs: {@code need DEVELOPED}, {@code needs INTRODUCED}. */
    private static final Pattern NEED = Pattern.compile("\\bneeds?\\s+(MENTIONED|INTRODUCED|DEVELOPED|APPLIED)\\b");

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            List<Prerequisite> rows = lesson.prerequisites();
            Map<Integer, GapResolution> needs = needs(lesson, rows);
            for (int i = 0; i < rows.size(); i++) {
                Prerequisite row = rows.get(i);
                if (row.required().isEmpty() || row.actual().isEmpty() || row.status().isEmpty()) {
                    continue;
                }
                Depth required = row.required().get();
                Depth actual = row.actual().get();
                PrereqStatus status = row.status().get();
                boolean met = actual.atLeast(required);
                String concept = ModuleRecordParser.conceptName(row.concept().plain());
                Optional<GapResolution> gap = Optional.ofNullable(needs.get(i));
                Optional<Depth> needed = gap.flatMap(PrerequisiteStatuses::needed).filter(d -> !required.atLeast(d));
                String tooLow = needed.map(d -> "; the gap resolution table (line " + gap.get().line() + ") needs " + d
                        + ": is the Required Depth too low?").orElse("");
                FileReporter reporter = sink.forFile(lesson.file());
                if (status == PrereqStatus.OK && !met) {
                    reporter.report(Rule.PREREQ_STATUS_MISMATCH, row.line(), row.statusText().column(), "'" + concept
                            + "' is OK, but its actual depth " + actual + " is below the required " + required
                            + "; it is a GAP to resolve");
                } else if (status != PrereqStatus.OK && met) {
                    reporter.report(Rule.PREREQ_STATUS_MISMATCH, row.line(), row.statusText().column(), "'" + concept
                            + "' is " + status + ", but its actual depth " + actual + " already meets the required "
                            + required + tooLow);
                } else if (status == PrereqStatus.OK && needed.filter(d -> !actual.atLeast(d)).isPresent()) {
                    reporter.report(Rule.PREREQ_STATUS_MISMATCH, row.line(), row.statusText().column(), "'" + concept + "' is OK at the required " + required
                            + ", but the gap resolution table (line " + gap.get().line() + ") needs " + needed.get()
                            + ", above its actual " + actual + ": is the Required Depth too low, and the row a GAP?");
                }
            }
        }
    }

    /** The gap row that names each prerequisite, by its index, when one row alone does. */
    private static Map<Integer, GapResolution> needs(Lesson lesson, List<Prerequisite> rows) {
        Map<Integer, GapResolution> named = new HashMap<>();
        for (GapResolutionTable table : lesson.tables(GapResolutionTable.class)) {
            for (GapResolution gap : table.rows()) {
                int[] matches = GapResolutions.bestMatches(gap, rows).toArray();
                if (matches.length == 1) {
                    named.putIfAbsent(matches[0], gap);
                }
            }
        }
        return named;
    }

    private static Optional<Depth> needed(GapResolution gap) {
        Matcher need = NEED.matcher(gap.gap().plain());
        return need.find() ? Optional.of(Depth.valueOf(need.group(1))) : Optional.empty();
    }
}
