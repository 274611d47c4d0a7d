package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Finding;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.Lesson;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Rule;
import java.util.List;

/**
 * {@code open-critical}: a CRITICAL finding in the lesson's latest review, at the finding's line.
 * Until a later review resolves it, or it is settled otherwise ({@link Lesson#openFindings()}), the lesson is not
 * publishable (an error by default).
 */
final class OpenCriticals implements CourseCheck {

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            List<ReviewSection> reviews = lesson.reviews();
            if (reviews.isEmpty()) {
                continue;
            }
            ReviewSection latest = reviews.get(reviews.size() - 1);
            String iteration = Findings.iteration(latest, reviews.size());
            for (Finding finding : lesson.openFindings()) {
                if (finding.is(FindingSeverity.CRITICAL)) {
                    sink.forFile(lesson.file()).report(Rule.OPEN_CRITICAL, finding.line(), finding.title().column(), "CRITICAL finding "
                            + Findings.title(finding) + " is open in the latest review (" + iteration
                            + "): the lesson is not publishable until a later review resolves it");
                }
            }
        }
    }
}
