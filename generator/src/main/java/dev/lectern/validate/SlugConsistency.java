package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata.Field;
import dev.lectern.model.Located;
import dev.lectern.model.Rule;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code slug-mismatch}: the file name is the slug, so a stated slug must equal it.
 * {@code duplicate-slug}: two lessons with one slug would publish to one folder; the second one
 * (in file order) is reported, naming the first.
 */
final class SlugConsistency implements CourseCheck {
    private static final Set<String> SLUG_KEY = Set.of("slug");

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        Map<String, Lesson> firstBySlug = new HashMap<>();
        for (Lesson lesson : content.lessons()) {
            FileReporter reporter = sink.forFile(lesson.file());
            Optional<Located<String>> stated = lesson.metadata().slug().filter(s -> !s.value().isBlank());
            Optional<Field> field = stated.flatMap(s -> MetadataFields.at(lesson.metadata(), s.line(), SLUG_KEY));
            int line = stated.map(Located::line).orElse(0);
            int column = field.map(Field::column).orElse(stated.isPresent() ? 1 : 0);
            if (stated.isPresent() && !stated.get().value().equals(lesson.fileSlug())) {
                reporter.report(Rule.SLUG_MISMATCH, line, column, "slug '" + stated.get().value()
                        + "' differs from the file name '" + lesson.fileSlug() + ".md'; the file name is the slug, "
                        + "so rename one of them");
            }
            Lesson first = firstBySlug.putIfAbsent(lesson.slug(), lesson);
            if (first != null) {
                reporter.report(Rule.DUPLICATE_SLUG, line, column, "slug '" + lesson.slug() + "' is already used by "
                        + first.file());
            }
        }
    }
}
