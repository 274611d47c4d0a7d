package dev.lectern.render;

import dev.lectern.model.Block;
import dev.lectern.model.Inline;
import java.util.List;

/**
 * The student page: the lesson outline rendered as the lesson.
 *
 * @param hasOutline false when the spec has no Lesson Outline; the page then shows its built record, or says so
 * @param shift      added to outline heading levels so the outline's top headings become h2
 * @param nav        breadcrumb, previous and next lesson, the module's lessons
 * @param toc        the outline's top headings, for the contents list
 * @param keyIdeas   without an outline, the built record's mental models (its list of what was built is {@code blocks})
 */
public record LessonPage(String root, String page, LessonSummary lesson, LessonNav nav, boolean hasOutline,
                         List<Block> blocks, int shift, List<TocEntry> toc, List<Block> keyIdeas, PageHtml html) {

    /** A link to a heading on the page. */
    public record TocEntry(String id, Inline text) {
    }
}
