package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Lesson;
import dev.lectern.model.Located;
import dev.lectern.model.LessonMetadata.Ordinal;
import dev.lectern.model.LessonMetadata.Position;
import dev.lectern.model.ModulePlan;
import dev.lectern.model.ModulePlan.PlannedLesson;
import dev.lectern.model.Rule;
import dev.lectern.model.SeriesPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code not-in-plan}: a lesson of a module whose plan has no row for it, which leaves it out of the
 * module's order (most often a lesson renamed, its plan still naming the old slug).
 *
 * <p>{@code position-mismatch}: a lesson's {@code Lesson N of M in module} must agree with its module
 * plan (N with its row's number, M with the number of lessons planned; {@code of 2+} only needs at
 * least 2) and with the other written lessons of the module (no two at one N). Its {@code Lesson N of M
 * in series} must agree with the series plan where the plan numbers the lesson, and M must not be below
 * a number the plan gives (a plan may list only some modules, so a larger M is no contradiction). Each
 * disagreement is its own diagnostic at the position field.
 */
final class ModulePositions implements CourseCheck {
    private static final Set<String> POSITION_KEY = Set.of("position");
    private static final Set<String> MODULE_KEY = Set.of("module");

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        Map<String, Lesson> firstAtPosition = new HashMap<>();
        for (Lesson lesson : content.lessons()) {
            lesson.moduleId().flatMap(content::modulePlan)
                    .filter(plan -> plan.lesson(lesson.slug()).isEmpty())
                    .ifPresent(plan -> notInPlan(lesson, plan, sink.forFile(lesson.file())));
            Optional<Position> position = lesson.metadata().position();
            position.ifPresent(p -> p.inSeries().ifPresent(inSeries -> lesson.seriesNumber()
                    .flatMap(content::seriesPlan).ifPresent(plan -> againstSeriesPlan(lesson, inSeries, plan,
                            sink.forFile(lesson.file()), p.line()))));
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

    private static void notInPlan(Lesson lesson, ModulePlan plan, FileReporter reporter) {
        int line = lesson.metadata().module().map(Located::line).orElse(1);
        int column = MetadataFields.column(lesson.metadata(), line, MODULE_KEY);
        List<String> planned = plan.lessons().stream().map(PlannedLesson::slug).toList();
        reporter.report(Rule.NOT_IN_PLAN, line, column, "module " + plan.moduleId() + "'s plan (" + plan.file()
                + ") does not list '" + lesson.slug() + "'" + (planned.isEmpty() ? "" : "; it lists "
                + String.join(", ", planned)) + ". Add the lesson to the plan, or correct its slug or module");
    }

    private static void againstSeriesPlan(Lesson lesson, Ordinal ordinal, SeriesPlan plan, FileReporter reporter,
                                          int line) {
        int column = MetadataFields.column(lesson.metadata(), line, POSITION_KEY);
        plan.lesson(lesson.slug()).filter(row -> row.number() != ordinal.index())
                .ifPresent(row -> reporter.report(Rule.POSITION_MISMATCH, line, column, "the position says lesson "
                        + ordinal.index() + " in series, but the series plan has '" + lesson.slug() + "' as lesson "
                        + row.number() + " (" + plan.file() + ":" + row.line() + ")"));
        plan.last().filter(last -> ordinal.total().filter(total -> total < last.number()).isPresent())
                .ifPresent(last -> reporter.report(Rule.POSITION_MISMATCH, line, column, "the position says of "
                        + ordinal.total().get() + " in series, but the series plan numbers '" + last.slug()
                        + "' lesson " + last.number() + " (" + plan.file() + ":" + last.line() + ")"));
    }

    private static void againstPlan(Lesson lesson, Ordinal ordinal, ModulePlan plan, FileReporter reporter, int line,
                                    int column) {
        Optional<PlannedLesson> row = plan.lesson(lesson.slug());
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
