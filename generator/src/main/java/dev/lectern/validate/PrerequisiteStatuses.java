package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Depth;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import dev.lectern.model.PrereqStatus;
import dev.lectern.model.Prerequisite;
import dev.lectern.model.Rule;
import dev.lectern.parse.ModuleRecordParser;

/**
 * {@code prereq-status-mismatch}: the status must follow from the depths: OK when the actual depth
 * meets the required one, GAP or MISSING when it falls short. Rows whose depths or status could not
 * be read are left to the vocabulary rules.
 */
final class PrerequisiteStatuses implements CourseCheck {

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            for (Prerequisite row : lesson.prerequisites()) {
                if (row.required().isEmpty() || row.actual().isEmpty() || row.status().isEmpty()) {
                    continue;
                }
                Depth required = row.required().get();
                Depth actual = row.actual().get();
                PrereqStatus status = row.status().get();
                boolean met = actual.atLeast(required);
                String concept = ModuleRecordParser.conceptName(row.concept().plain());
                if (status == PrereqStatus.OK && !met) {
                    sink.forFile(lesson.file()).report(Rule.PREREQ_STATUS_MISMATCH, row.line(), row.statusText().column(), "'" + concept
                            + "' is OK, but its actual depth " + actual + " is below the required " + required
                            + "; it is a GAP to resolve");
                } else if (status != PrereqStatus.OK && met) {
                    sink.forFile(lesson.file()).report(Rule.PREREQ_STATUS_MISMATCH, row.line(), row.statusText().column(), "'" + concept
                            + "' is " + status + ", but its actual depth " + actual + " already meets the required "
                            + required);
                }
            }
        }
    }
}
