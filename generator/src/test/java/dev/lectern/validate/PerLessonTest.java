package dev.lectern.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Lesson;
import dev.lectern.model.Rule;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A per-lesson check runs once per lesson object and reports the same each time. */
class PerLessonTest {

    @Test
    void checksEachLessonObjectOnceAndRepeatsWhatItFound() {
        CourseContent content = EditedContent.load(Repo.content());
        List<String> checked = new ArrayList<>();
        CourseCheck counting = PerLesson.of((course, sink) -> {
            for (Lesson lesson : course.lessons()) {
                checked.add(lesson.slug());
                sink.forFile(lesson.file()).report(Rule.MISSING_METADATA, 1, 1, "found");
            }
        });
        DiagnosticCollector first = new DiagnosticCollector();
        counting.check(content, first);
        DiagnosticCollector second = new DiagnosticCollector();
        counting.check(content, second);
        assertEquals(List.of("latent-consistency-and-turbo"), checked);
        assertEquals(first.sorted(), second.sorted());
        assertEquals(List.of("missing-metadata"), second.sorted().stream().map(Diagnostic::rule).toList());

        // a changed lesson is a new object: checked again
        Lesson edited = content.lessons().get(0);
        Lesson copy = new Lesson(edited.file(), edited.fileSlug(), edited.folderModuleId(), edited.title(),
                edited.metadata(), edited.preamble(), edited.sections(), edited.links());
        counting.check(new CourseContent(Optional.empty(), List.of(), List.of(), List.of(), List.of(copy)),
                new DiagnosticCollector());
        assertEquals(2, checked.size());
    }
}
