package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import java.util.List;
import java.util.Optional;

/**
 * Runs a check that looks at each lesson on its own, several lessons at once, and remembers what it
 * found for each lesson object: a long-running process ({@code lectern serve}) gets the same parsed
 * lesson back while its file is unchanged, so an edit re-checks only the edited lesson.
 */
final class PerLesson implements CourseCheck {
    private final CourseCheck check;
    private final LessonMemo<List<Diagnostic>> found = new LessonMemo<>();

    private PerLesson(CourseCheck check) {
        this.check = check;
    }

    /** @param check a check that reads nothing but the lessons, each on its own */
    static CourseCheck of(CourseCheck check) {
        return new PerLesson(check);
    }

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        found.keepOnly(content.lessons());
        // lessons at once: each is checked alone, and sinks are thread-safe (the schema check alone was a
        // third of the validate stage, on one core while the other had nothing left to do)
        content.lessons().parallelStream().forEach(lesson -> found.get(lesson, this::checkAlone).forEach(sink::report));
    }

    private List<Diagnostic> checkAlone(Lesson lesson) {
        DiagnosticCollector collector = new DiagnosticCollector();
        check.check(new CourseContent(Optional.empty(), List.of(), List.of(), List.of(), List.of(lesson)), collector);
        return collector.sorted();
    }
}
