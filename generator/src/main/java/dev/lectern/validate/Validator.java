package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.DiagnosticSink;
import java.util.ArrayList;
import java.util.List;

/** Runs the course checks. */
public final class Validator {
    private final List<CourseCheck> checks;
    private final ChecklistClaims claims;

    /** @param claims judges the checklists, remembering each lesson's verification for the pages and reports */
    public Validator(List<CourseCheck> checks, ChecklistClaims claims) {
        this.checks = List.copyOf(checks);
        this.claims = claims;
    }

    /** The checks that come with Lectern. */
    public static Validator standard() {
        return standard(new ChecklistClaims());
    }

    /** The checks that come with Lectern, judging checklists with {@code claims}. */
    public static Validator standard(ChecklistClaims claims) {
        List<CourseCheck> checks = new ArrayList<>();
        checks.add(new LessonReferences());
        checks.addAll(StructureRules.checks());
        checks.addAll(ReviewAndTextRules.checks());
        checks.addAll(SchemaRules.checks());
        return new Validator(checks, claims);
    }

    /**
     * Runs every check, several at once (checks keep no state and sinks are thread-safe), then judges
     * each checklist item against what was reported ({@link ChecklistClaims}).
     *
     * @param sink     where diagnostics go, through the rule policy
     * @param reported where {@code sink} leads: what loading reported, and the checks' diagnostics as the
     *                 policy left them, so that a claim is judged on what the report shows
     */
    public void validate(CourseContent content, DiagnosticSink sink, DiagnosticCollector reported) {
        checks.parallelStream().forEach(check -> check.check(content, sink));
        claims.report(content, reported, sink);
    }
}
