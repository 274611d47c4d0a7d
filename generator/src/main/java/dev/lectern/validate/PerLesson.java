package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a check that looks at each lesson on its own, one lesson at a time, and remembers what it
 * found for each lesson object: a long-running process ({@code lectern serve}) gets the same parsed
 * lesson back while its file is unchanged, so an edit re-checks only the edited lesson.
 */
final class PerLesson implements CourseCheck {
    private final CourseCheck check;
    private final Map<Lesson, List<Diagnostic>> found = new IdentityHashMap<>();

    private PerLesson(CourseCheck check) {
        this.check = check;
    }

    /** @param check a check that reads nothing but the lessons, each on its own */
    static CourseCheck of(CourseCheck check) {
        return new PerLesson(check);
    }

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        Set<Lesson> current = Collections.newSetFromMap(new IdentityHashMap<>());
        current.addAll(content.lessons());
        synchronized (found) {
            found.keySet().retainAll(current);
        }
        for (Lesson lesson : content.lessons()) {
            List<Diagnostic> diagnostics;
            synchronized (found) {
                diagnostics = found.get(lesson);
            }
            if (diagnostics == null) {
                DiagnosticCollector collector = new DiagnosticCollector();
                check.check(new CourseContent(Optional.empty(), List.of(), List.of(), List.of(), List.of(lesson)),
                        collector);
                diagnostics = collector.sorted();
                synchronized (found) {
                    found.put(lesson, diagnostics);
                }
            }
            diagnostics.forEach(sink::report);
        }
    }
}
