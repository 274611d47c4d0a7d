package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata.Field;
import dev.lectern.model.Located;
import dev.lectern.model.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code slug-mismatch}: the file name is the slug, so a stated slug must equal it.
 * {@code duplicate-slug}: lessons whose pages would go to one folder (after the slug is made safe
 * for a path, and case-folded, as macOS and Windows compare names) are each reported, naming the
 * others; none of them is published, so neither silently wins.
 */
final class SlugConsistency implements CourseCheck {
    private static final Set<String> SLUG_KEY = Set.of("slug");

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        Map<String, List<Lesson>> byFolder = content.lessons().stream()
                .collect(Collectors.groupingBy(Lesson::folderKey, LinkedHashMap::new, Collectors.toList()));
        for (Lesson lesson : content.lessons()) {
            FileReporter reporter = sink.forFile(lesson.file());
            Optional<Located<String>> stated = lesson.metadata().slug().filter(s -> !s.value().isBlank());
            Optional<Field> field = stated.flatMap(s -> MetadataFields.at(lesson.metadata(), s.line(), SLUG_KEY));
            int line = stated.map(Located::line).orElse(0);
            int column = field.map(Field::valueColumn).orElse(stated.isPresent() ? 1 : 0);
            if (stated.isPresent() && !stated.get().value().equals(lesson.fileSlug())) {
                reporter.report(Rule.SLUG_MISMATCH, line, column, "slug '" + stated.get().value()
                        + "' differs from the file name '" + lesson.fileSlug() + ".md'; the file name is the slug, "
                        + "so rename one of them");
            }
            List<Lesson> sharing = byFolder.get(lesson.folderKey());
            if (sharing.size() > 1) {
                String others = sharing.stream().filter(other -> other != lesson).map(SlugConsistency::where)
                        .collect(Collectors.joining(", "));
                reporter.report(Rule.DUPLICATE_SLUG, line, column, "slug '" + lesson.slug() + "' publishes to lessons/"
                        + lesson.folder() + "/, as " + others + " does; none of them is published until each has "
                        + "a folder of its own");
            }
        }
    }

    /** {@code file:line} of a lesson's slug, or the file when the slug is its name. */
    private static String where(Lesson lesson) {
        String slug = "'" + lesson.slug() + "'";
        return lesson.metadata().slug().filter(s -> !s.value().isBlank())
                .map(s -> lesson.file() + ":" + s.line() + " (slug " + slug + ")")
                .orElse(lesson.file() + " (slug " + slug + ")");
    }
}
