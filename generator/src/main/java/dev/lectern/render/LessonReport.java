package dev.lectern.render;

import dev.lectern.model.ClaimVerification;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Finding;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.Lesson;
import dev.lectern.model.Publishability;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Severity;
import dev.lectern.validate.ChecklistClaims;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One lesson in the validation reports: its review status, checklist completion and diagnostics.
 * <p>
 * A lesson is a <em>draft</em> while it is not publishable ({@link Publishability}: its latest
 * review's verdict is a PASS and it has no error; a lesson never reviewed is a draft too). Its
 * <em>open findings</em> are the findings listed in its latest review that are still open
 * ({@link Lesson#openFindings()}): a review lists what is still wrong, and a later iteration's resolution check
 * settles the earlier ones.
 *
 * @param id        the anchor of the lesson's section in the report ({@code lesson-<folder>})
 * @param dir       the lesson's folder under {@code lessons/}; empty when it gets no pages
 * @param verdict   the latest verdict as written, {@code No verdict}, or {@code Not reviewed}
 * @param iteration the latest review's iteration, {@code 2/3} (or {@code 2}); empty when not stated
 * @param date      the latest review's date, {@code 2026-02-21}; empty when not stated
 */
public record LessonReport(String id, String title, String slug, String file, String module, String dir,
                           String verdict, String verdictClass, String iteration, String date,
                           OpenFindings open, DiagnosticCounts counts,
                           List<ValidationReport.DiagnosticRow> diagnostics, Publishability publishability,
                           List<ClaimVerification> claims) {

    public LessonReport {
        diagnostics = List.copyOf(diagnostics);
        claims = List.copyOf(claims);
    }

    /** The latest review's findings by severity; {@code unclassified} have a severity Lectern does not know. */
    public record OpenFindings(long critical, long improvement, long polish, long unclassified) {
        public long total() {
            return critical + improvement + polish + unclassified;
        }
    }

    /**
     * @param claims     the lesson's checklist verification, as validation judged it ({@link ChecklistClaims})
     * @param listedFrom the least severe of {@code own} listed one by one; the counts are over all of them
     */
    static LessonReport of(Lesson lesson, String dir, String id, List<Diagnostic> own, List<ClaimVerification> claims,
                           Severity listedFrom) {
        Optional<ReviewSection> latest = lesson.latestReview();
        List<Finding> findings = lesson.openFindings();
        OpenFindings open = new OpenFindings(count(findings, FindingSeverity.CRITICAL),
                count(findings, FindingSeverity.IMPROVEMENT), count(findings, FindingSeverity.POLISH),
                findings.stream().filter(f -> f.severity().isEmpty()).count());
        String iteration = latest.flatMap(ReviewSection::iterationLabel).orElse("");
        Publishability publishability = Publishability.of(lesson, own);
        return new LessonReport(id, lesson.displayTitle(), lesson.slug(), lesson.file(), lesson.moduleId().orElse(""),
                dir, latest.map(r -> Verdicts.text(r.verdict())).orElse("Not reviewed"),
                latest.map(r -> Verdicts.cssClass(r.verdict())).orElse("verdict verdict-none"), iteration,
                latest.flatMap(ReviewSection::date).map(Object::toString).orElse(""), open,
                DiagnosticCounts.of(own), own.stream().filter(d -> d.severity().atLeast(listedFrom))
                        .map(ValidationReport.DiagnosticRow::of).toList(),
                publishability, claims);
    }

    private static long count(List<Finding> findings, FindingSeverity severity) {
        return findings.stream().filter(f -> f.is(severity)).count();
    }

    /** Whether the lesson may be published ({@link Publishability}: a PASS verdict and no error). */
    public boolean publishable() {
        return publishability.publishable();
    }

    /** Whether the lesson is a draft: not publishable. */
    public boolean draft() {
        return !publishable();
    }

    /** The lesson's error-level diagnostics, as rows. */
    public List<ValidationReport.DiagnosticRow> errors() {
        return publishability.errors().stream().map(ValidationReport.DiagnosticRow::of).toList();
    }

    /** The open findings that block a PASS: {@code IMPROVEMENT finding at line 391: Legend contradicts the data}. */
    public List<String> blockingFindings() {
        return publishability.blocking().stream()
                .map(f -> f.severityText() + " finding at line " + f.line() + ": " + f.title().plain()).toList();
    }

    /** The ticked items the specification contradicts (each is a checklist-claim-contradicted diagnostic). */
    public List<ClaimVerification> contradicted() {
        return claims.stream().filter(c -> c.item().checked() && c.status() == ClaimVerification.Status.CONTRADICTED)
                .toList();
    }

    /** The verification of the checklist item on {@code line}; every item has one. */
    public ClaimVerification claimAt(int line) {
        return claims.stream().filter(c -> c.item().line() == line).findFirst().orElseThrow();
    }

    public boolean published() {
        return !dir.isEmpty();
    }

    /** True when the lesson has diagnostics or open findings: its pages then link to the report. */
    public boolean flagged() {
        return counts.total() > 0 || open.total() > 0;
    }

    /** {@code 1 error, 9 warnings; 3 open review findings}; empty when not {@link #flagged()}. */
    public String notice() {
        List<String> parts = new ArrayList<>();
        if (counts.total() > 0) {
            parts.add(counts.text());
        }
        if (open.total() > 0) {
            parts.add(DiagnosticCounts.plural(open.total(), "open review finding"));
        }
        return String.join("; ", parts);
    }
}
