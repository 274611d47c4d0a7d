package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.LessonMetadata.Field;
import dev.lectern.model.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code missing-metadata}: a lesson must state its title, slug, module and position, since pages, links
 * and the position checks rely on them. A field that is there but cannot be read counts as missing,
 * with what was written.
 */
final class MetadataCompleteness implements CourseCheck {

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            if (lesson.statedTitle().isEmpty()) { // the pages would fall back on the file name, unasked
                sink.forFile(lesson.file()).report(Rule.MISSING_METADATA, lesson.title().map(Inline::line).orElse(1), 1,
                        "the lesson has no title, so its pages show its file name, '" + lesson.fileSlug()
                                + "'; start the file with a heading '# Lesson: Title'");
            }
            LessonMetadata metadata = lesson.metadata();
            List<String> missing = new ArrayList<>();
            if (metadata.slug().map(s -> s.value().isBlank()).orElse(true)) {
                missing.add("slug");
            }
            if (metadata.module().isEmpty()) {
                missing.add(written(metadata, "module")
                        .map(v -> "module ('" + v + "' gives no module number such as 7.3)").orElse("module"));
            }
            if (metadata.position().isEmpty()) {
                missing.add("position");
            } else if (metadata.position().get().inModule().isEmpty()) {
                missing.add("position in the module ('" + metadata.position().get().text()
                        + "' gives no 'Lesson N of M' for the module)");
            }
            if (!missing.isEmpty()) {
                Optional<Field> first = metadata.fields().stream().findFirst();
                sink.forFile(lesson.file()).report(Rule.MISSING_METADATA, first.map(Field::line).orElse(1),
                        first.map(Field::column).orElse(1), "the metadata does not state: " + String.join(", ", missing)
                                + "; a lesson starts with **Slug:**, **Module:** and **Position:** fields");
            }
        }
    }

    private static Optional<String> written(LessonMetadata metadata, String key) {
        return MetadataFields.first(metadata, Set.of(key)).map(Field::value);
    }
}
