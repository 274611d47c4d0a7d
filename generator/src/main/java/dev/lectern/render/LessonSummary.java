package dev.lectern.render;

import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.Located;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every page of a lesson shows in its header; empty strings where the spec says nothing.
 *
 * @param module   {@code Module 7.3: Fast Generation}
 * @param series   {@code Series 7: Post-SD Advances}
 * @param position the position as written: {@code Lesson 7 of 11 in series, Lesson 2 of 3 in module}
 */
public record LessonSummary(String slug, String title, String file, String module, String series, String position,
                            String cognitiveLoad, String status) {
    private static final Pattern LESSON_PREFIX = Pattern.compile("^Lesson(?:\\s+Plan|\\s+\\d+)?\\s*(?::|--|—|–)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_KIND = Pattern.compile("\\s*(?:--|—|–)\\s*Planning Document\\s*$",
            Pattern.CASE_INSENSITIVE);

    static LessonSummary of(Lesson lesson, String slug, Optional<String> moduleTitle, Optional<String> seriesTitle) {
        LessonMetadata meta = lesson.metadata();
        String module = lesson.moduleId().map(id -> "Module " + id + titled(moduleTitle)).orElse("");
        Optional<Integer> seriesNumber = meta.series().map(Located::value)
                .or(() -> lesson.moduleId().flatMap(CourseIndex::seriesOf));
        String series = seriesNumber.map(n -> "Series " + n + titled(seriesTitle)).orElse("");
        return new LessonSummary(slug, displayTitle(lesson),
                lesson.file(), module, series, meta.position().map(LessonMetadata.Position::text).orElse(""),
                meta.cognitiveLoad().map(l -> l.value().name()).orElse(""),
                meta.status().map(Located::value).orElse(""));
    }

    /**
     * The title as a reader wants it: without {@code Lesson:}, {@code Lesson Plan:} or {@code Lesson 2:}
     * in front and {@code -- Planning Document} behind; the slug when there is no title.
     */
    static String displayTitle(Lesson lesson) {
        String title = lesson.title().map(Inline::plain).orElse("");
        String clean = TRAILING_KIND.matcher(LESSON_PREFIX.matcher(title).replaceFirst("")).replaceFirst("").strip();
        return !clean.isBlank() ? clean : !title.isBlank() ? title : lesson.slug();
    }

    private static String titled(Optional<String> title) {
        return title.filter(t -> !t.isBlank()).map(t -> ": " + t).orElse("");
    }
}
