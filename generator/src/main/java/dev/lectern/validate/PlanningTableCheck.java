package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Lesson;
import dev.lectern.model.PhaseSection;
import dev.lectern.model.Rule;
import dev.lectern.model.TypedTable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A planning-checklist rule over one kind of Phase 2/3 table ("at least 3 modalities, each with a
 * rationale"): it reports a shortfall at the first such table, rows of several tables counting
 * together. A planned lesson without the table is reported once, at the heading of the phase that
 * should hold it, or at the other planning phase when that phase is missing. A lesson with neither
 * Phase 2 nor Phase 3 (a retroactive record, a stub) was never planned: these rules do not apply to
 * it, and three warnings about tables it never meant to have would bury its real problems.
 */
abstract class PlanningTableCheck<T extends TypedTable> implements CourseCheck {
    private static final Set<String> PLACEHOLDERS = Set.of("-", "--", "\u2014", "\u2013", "n/a", "na", "tbd", "todo",
            "?");
    private final Rule rule;
    private final Class<T> type;
    private final int phase;
    private final String tableName;
    /** What the rule asks for, ending its messages: {@code plan at least 3 modalities, each with a rationale}. */
    final String requirement;

    /** @param tableName how the table is named in messages: {@code modalities table (Modality | What | Why)} */
    PlanningTableCheck(Rule rule, Class<T> type, int phase, String tableName, String requirement) {
        this.rule = rule;
        this.type = type;
        this.phase = phase;
        this.tableName = tableName;
        this.requirement = requirement;
    }

    /** What is short in the lesson's tables of this kind, or empty when they meet the rule. */
    abstract Optional<String> shortfall(List<T> tables);

    @Override
    public final void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            FileReporter reporter = sink.forFile(lesson.file());
            List<T> tables = lesson.tables(type);
            if (lesson.phase(2).isEmpty() && lesson.phase(3).isEmpty()) {
                continue;
            }
            if (tables.isEmpty()) {
                missing(lesson, reporter);
            } else {
                shortfall(tables).ifPresent(message -> reporter.report(rule, tables.get(0).line(), 1, message));
            }
        }
    }

    private void missing(Lesson lesson, FileReporter reporter) {
        Optional<PhaseSection> expected = lesson.phase(phase);
        if (expected.isPresent()) {
            reporter.report(rule, expected.get().line(), 1, "Phase " + phase + " has no " + tableName + "; "
                    + requirement);
            return;
        }
        PhaseSection other = lesson.phase(phase == 2 ? 3 : 2).orElseThrow();
        reporter.report(rule, other.line(), 1, "no " + tableName + ": the lesson has no Phase " + phase + "; "
                + requirement);
    }

    /** Whether a cell says something: not blank and not a placeholder such as {@code -} or {@code TBD}. */
    /** A cell that says it gives nothing: {@code Not explicitly addressed yet (deferred ...)}, {@code None}. */
    private static final Pattern NOT_GIVEN = Pattern.compile("^(?:none|deferred|not (?:\\w+ )?(?:addressed|covered|planned|given|yet))\\b");

    static boolean filled(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        return !text.isEmpty() && !PLACEHOLDERS.contains(text) && !NOT_GIVEN.matcher(text).find();
    }
}
