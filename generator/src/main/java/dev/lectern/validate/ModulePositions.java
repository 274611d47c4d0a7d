package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata.Ordinal;
import dev.lectern.model.LessonMetadata.Position;
import dev.lectern.model.ModulePlan;
import dev.lectern.model.ModulePlan.PlannedLesson;
import dev.lectern.model.Rule;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code position-mismatch}: a lesson's {@code Lesson N of M in module} must agree with its module
 * plan (N with its row's number, M with the number of lessons planned; {@code of 2+} only needs at
 * least 2) and with the other written lessons of the module (no two at one N). Each disagreement is
 * its own diagnostic at the position field.
 */
final class ModulePositions implements CourseCheck {
    private static final Set<String> POSITION_KEY = Set.of("position");

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        Map<String, Lesson> firstAtPosition = new HashMap<>();
        for (Lesson lesson : content.lessons()) {
            Optional<Position> position = lesson.metadata().position();
            Optional<Ordinal> ordinal = position.flatMap(Position::inModule);
            Optional<String> moduleId = lesson.moduleId();
            if (ordinal.isEmpty() || moduleId.isEmpty()) {
                continue; // missing-metadata reports what is not stated
            }
            FileReporter reporter = sink.forFile(lesson.file());
            int line = position.get().line();
            int column = MetadataFields.column(lesson.metadata(), line, POSITION_KEY);
            content.modulePlan(moduleId.get())
                    .ifPresent(plan -> againstPlan(lesson, ordinal.get(), plan, reporter, line, column));
            Lesson first = firstAtPosition.putIfAbsent(moduleId.get() + "#" + ordinal.get().index(), lesson);
            if (first != null) {
                reporter.report(Rule.POSITION_MISMATCH, line, column, "lesson " + ordinal.get().index()
                        + " of module " + moduleId.get() + " is also " + first.file());
            }
        }
    }

    private static void againstPlan(Lesson lesson, Ordinal ordinal, ModulePlan plan, FileReporter reporter, int line,
                                    int column) {
        Optional<PlannedLesson> row = plan.lessons().stream().filter(p -> p.slug().equals(lesson.slug())).findFirst();
        if (row.isPresent() && row.get().position() != ordinal.index()) {
            reporter.report(Rule.POSITION_MISMATCH, line, column, "the position says lesson " + ordinal.index()
                    + ", but module " + plan.moduleId() + "'s plan has '" + lesson.slug() + "' as lesson "
                    + row.get().position() + " (" + plan.file() + ":" + row.get().line() + ")");
        }
        int planned = plan.lessons().size();
        Optional<Integer> total = ordinal.total();
        if (total.isPresent() && (ordinal.openEnded() ? planned < total.get() : planned != total.get())) {
            reporter.report(Rule.POSITION_MISMATCH, line, column, "the position says of " + total.get()
                    + (ordinal.openEnded() ? "+" : "") + ", but module " + plan.moduleId() + "'s plan ("
                    + plan.file() + ") lists " + planned + " lessons");
        }
    }
}
