package dev.lectern.render;

import dev.lectern.model.ChecklistSection;
import dev.lectern.model.Finding;
import dev.lectern.model.Part;
import dev.lectern.model.PlainSection;
import dev.lectern.model.ReviewSection;
import java.util.List;

/** The review history: each iteration with its findings by severity, then the checklists. */
public record ReviewPage(String root, String page, LessonSummary lesson, List<ReviewView> reviews,
                         List<ChecklistsView> checklistSections, PageHtml html) {

    /** A checklists section; {@code otherParts} are its subsections that are not checklists. */
    public record ChecklistsView(ChecklistSection section, String id, List<Part> otherParts) {
    }

    /**
     * One review iteration as shown.
     *
     * @param iteration   {@code Iteration 1/3}, or empty
     * @param counts      the summary's counts per severity next to the findings actually listed
     * @param partsBefore subsections written before the first finding (the verdict's rationale, say)
     * @param partsAfter  subsections written after it (review notes)
     * @param since       the sections written after the review and before the next (Fixes Applied, Improvement
     *                    Summary): what was done about its findings, which decides which are still open
     *                    ({@code Lesson#openFindings})
     */
    public record ReviewView(ReviewSection section, String id, String iteration, String date, String verdict,
                             String verdictClass, List<SeverityCount> counts, List<FindingGroup> groups,
                             List<Part> partsBefore, List<Part> partsAfter, List<PlainSection> since) {
    }

    /** {@code stated} is the reviewer's count as written ("" when missing); {@code listed} what was found. */
    public record SeverityCount(String label, String cssClass, String stated, long listed) {
        /** False when the reviewer stated a count that differs from the findings listed. */
        public boolean agrees() {
            return stated.isEmpty() || stated.equals(Long.toString(listed));
        }
    }

    /** The findings of one severity, in document order. */
    public record FindingGroup(String label, String cssClass, List<Finding> findings) {
    }
}
