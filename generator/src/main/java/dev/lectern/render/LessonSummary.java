package dev.lectern.render;

import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import java.util.Optional;

/**
 * What every page of a lesson shows in its header; empty strings where the spec says nothing.
 *
 * @param module   {@code Module 7.3: Fast Generation}
 * @param series   {@code Series 7: Post-SD Advances}
 * @param position the position as written: {@code Lesson 7 of 11 in series, Lesson 2 of 3 in module}
 * @param report   the lesson's review status and diagnostics: the draft mark and the report link
 */
public record LessonSummary(String title, String file, String module, String series, String position,
                            String cognitiveLoad, LessonReport report) {

    static LessonSummary of(Lesson lesson, Optional<String> moduleTitle, Optional<String> seriesTitle,
                            LessonReport report) {
        LessonMetadata meta = lesson.metadata();
        String module = lesson.moduleId().map(id -> CourseIndex.heading("Module " + id, moduleTitle.orElse("")))
                .orElse("");
        String series = lesson.seriesNumber().map(n -> CourseIndex.heading("Series " + n, seriesTitle.orElse("")))
                .orElse("");
        return new LessonSummary(lesson.displayTitle(), lesson.file(), module, series,
                meta.position().map(LessonMetadata.Position::text).orElse(""),
                meta.cognitiveLoad().map(l -> l.value().name()).orElse(""), report);
    }

    /** As students read it: its title with the dashes typeset ({@link Typography#title}), its position as their page gives it. */
    LessonSummary forStudents(String title, String position) {
        return new LessonSummary(title, file, module, series, position, cognitiveLoad, report);
    }
}
