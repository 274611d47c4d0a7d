package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.render.LessonJson;
import java.util.List;

/** Runs the course checks. */
public final class Validator {
    private final List<CourseCheck> checks = standardChecks();
    private final ChecklistClaims claims;

    private Validator(ChecklistClaims claims) {
        this.claims = claims;
    }

    /** The checks that come with Lectern, judging checklists with {@code claims} (it remembers each lesson's verification). */
    public static Validator standard(ChecklistClaims claims) {
        return new Validator(claims);
    }

    /** Lectern's checks, each with the rules it reports; tests pick rules by id from what they report. */
    static List<CourseCheck> standardChecks() {
        return List.of(
                new LessonReferences(),                     // prereq-unknown-lesson, lesson-not-written
                // lesson structure and the prerequisite audit against module records
                PerLesson.of(new MetadataCompleteness()),   // missing-metadata
                PerLesson.of(new OutlinePresence()),        // missing-outline
                new SlugConsistency(),                      // slug-mismatch, duplicate-slug
                new ModulePositions(),                      // position-mismatch
                PerLesson.of(new PrerequisiteStatuses()),   // prereq-status-mismatch
                PerLesson.of(new GapResolutions()),         // gap-without-resolution
                new PrerequisiteTraces(),                   // prereq-untraced
                PerLesson.of(new NewConceptCount()),        // cognitive-load-exceeded
                new StretchSequence(),                      // stretch-after-stretch
                // pedagogical design tables, reviews and text
                PerLesson.of(new TooFewModalities()),       // too-few-modalities
                PerLesson.of(new TooFewExamples()),         // too-few-examples
                PerLesson.of(new TooFewMisconceptions()),   // too-few-misconceptions
                PerLesson.of(new ReviewCounts()),           // review-count-mismatch
                PerLesson.of(new VerdictConsistency()),     // verdict-inconsistent
                PerLesson.of(new IterationSequence()),      // iteration-sequence
                PerLesson.of(new UnresolvedFindings()),     // finding-unresolved
                PerLesson.of(new OpenCriticals()),          // open-critical
                new RecordedVerdicts(),                     // record-verdict-mismatch
                new CourseStatuses(),                       // course-status-mismatch
                PerLesson.of(new SpacedEmDashes()),         // spaced-em-dash
                new LessonLinks(),                          // broken-lesson-link, undefined-link-reference
                // schema-violation: each lesson.json tree, built by the code that writes it, against lesson.schema.json
                PerLesson.of(new SchemaCheck(LessonSchema.load(), LessonJson::tree)));
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
