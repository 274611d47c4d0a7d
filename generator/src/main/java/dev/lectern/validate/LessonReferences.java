package dev.lectern.validate;

import dev.lectern.model.Rule;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonRef;
import dev.lectern.model.ModulePlan;
import dev.lectern.model.ModuleRecord;
import dev.lectern.model.ModuleRecord.ConceptEntry;
import dev.lectern.model.Prerequisite;
import dev.lectern.model.RelevantConcept;
import dev.lectern.model.RelevantConceptTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lessons named as sources in the planning tables: a lesson that is planned but not written yet, or
 * that is nowhere in the course, is a warning (its pages cannot be linked), never an error; so is a
 * module record's lesson that is nowhere (its concepts are traced to no lesson). A lesson
 * named by its position alone ({@code 7.1.1}, in these tables or a module record's Concept Index) is
 * read through its module's plan; a position the plan does not hold is a warning too. A lesson of a
 * module the content does not hold ({@code unet-architecture (6.3.1)} where module 6.3 has no plan or
 * lessons here: a course built in part) is not reported: nothing here says whether it exists.
 */
final class LessonReferences implements CourseCheck {
    /** Each lesson's rows that name source lessons, in report order: read once per parsed lesson. */
    private final LessonMemo<List<Row>> rows = new LessonMemo<>();

    /** The lessons a cell names, and the cell, where each is reported. */
    private record Row(List<LessonRef> refs, Inline cell) {
    }

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        Set<String> written = new HashSet<>();
        content.lessons().forEach(l -> written.add(l.slug()));
        Set<String> modulesHere = new HashSet<>(); // of a lesson or a plan
        content.lessons().forEach(l -> l.moduleId().ifPresent(modulesHere::add));
        content.modulePlans().forEach(plan -> modulesHere.add(plan.moduleId()));
        rows.keepOnly(content.lessons());
        for (Lesson lesson : content.lessons()) {
            FileReporter reporter = sink.forFile(lesson.file());
            Set<String> reported = new HashSet<>();
            for (Row row : rows.get(lesson, LessonReferences::rows)) {
                check(row.refs(), row.cell(), content, written, modulesHere, reported, reporter);
            }
        }
        for (ModuleRecord record : content.moduleRecords()) {
            FileReporter reporter = sink.forFile(record.file());
            Set<String> reported = new HashSet<>();
            for (ConceptEntry entry : record.concepts()) {
                for (LessonRef ref : entry.lessons()) {
                    checkPosition(ref, entry.lesson(), content, reporter);
                    ref.slug().filter(slug -> !written.contains(slug) && content.planListing(slug).isEmpty()
                                    && reported.add(slug))
                            .ifPresent(slug -> reporter.report(Rule.PREREQ_UNKNOWN_LESSON, entry.lesson().line(),
                                    columnOf(entry.lesson(), slug), nowhere("'" + slug + "'")));
                }
            }
        }
    }

    /** The prerequisites' rows, then the relevant concepts' rows. */
    private static List<Row> rows(Lesson lesson) {
        List<Row> rows = new ArrayList<>();
        for (Prerequisite row : lesson.prerequisites()) {
            rows.add(new Row(row.sourceLessons(), row.source()));
        }
        for (RelevantConceptTable table : lesson.tables(RelevantConceptTable.class)) {
            for (RelevantConcept row : table.rows()) {
                rows.add(new Row(row.sourceLessons(), row.source()));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * Reports each missing lesson (or position no plan holds) once per lesson file: at its first row in the
     * prerequisites table, where the audit needs it, else at its first row among the relevant concepts; at the
     * slug in the cell, or at the position ({@code 7.3.1}) that names it, read through its module's plan.
     */
    private static void check(List<LessonRef> refs, Inline cell, CourseContent content, Set<String> written,
                              Set<String> modulesHere, Set<String> reported, FileReporter reporter) {
        for (LessonRef ref : refs) {
            Optional<String> slug = PrerequisiteTraces.sourceSlug(ref, content);
            if (slug.isEmpty()) {
                if (reported.add(position(ref))) {
                    checkPosition(ref, cell, content, reporter);
                }
                continue;
            }
            boolean outside = ref.moduleId().filter(module -> !modulesHere.contains(module)).isPresent();
            if (written.contains(slug.get()) || outside || !reported.add(slug.get())) {
                continue; // a lesson of a module the content does not hold cannot be checked (prereq-not-traceable)
            }
            String named = ref.slug().isPresent() ? slug.get() : position(ref); // as the cell writes it
            int column = columnOf(cell, named);
            String lesson = ref.slug().isPresent() ? "'" + named + "'" : named + " ('" + slug.get() + "')";
            Optional<ModulePlan> plannedIn = content.planListing(slug.get());
            if (plannedIn.isPresent()) {
                reporter.report(Rule.LESSON_NOT_WRITTEN, cell.line(), column, "lesson " + lesson + " is planned in module "
                        + plannedIn.get().moduleId() + " but not written yet; its pages cannot be linked");
            } else {
                reporter.report(Rule.PREREQ_UNKNOWN_LESSON, cell.line(), column, nowhere(lesson));
            }
        }
    }

    /** The column of {@code named} in the cell, as the cell writes it; the cell's own when it is not there verbatim. */
    private static int columnOf(Inline cell, String named) {
        return cell.columnAt(Math.max(0, cell.markdown().indexOf(named)));
    }

    private static String nowhere(String lesson) {
        return "lesson " + lesson + " is neither in the content nor in any module plan";
    }

    /** A position as written: {@code 7.3.1}. */
    private static String position(LessonRef ref) {
        return ref.moduleId().orElse("") + "." + ref.position().map(String::valueOf).orElse("");
    }

    /**
     * A lesson named by its position alone ({@code 7.1.1}) that its module's plan does not hold. Without
     * a plan the position cannot be read, which is no fault of the cell (a course built in part).
     */
    private static void checkPosition(LessonRef ref, Inline cell, CourseContent content, FileReporter reporter) {
        if (ref.slug().isPresent() || ref.moduleId().isEmpty() || ref.position().isEmpty()) {
            return;
        }
        int position = ref.position().get();
        content.modulePlan(ref.moduleId().get())
                .filter(plan -> plan.lessons().stream().noneMatch(planned -> planned.position() == position))
                .ifPresent(plan -> {
                    String written = position(ref);
                    reporter.report(Rule.PREREQ_UNKNOWN_LESSON, cell.line(), columnOf(cell, written), "lesson " + written
                            + " is named by its position, but module " + plan.moduleId() + "'s plan (" + plan.file()
                            + ") has no lesson " + position + "; write the lesson's slug");
                });
    }
}
