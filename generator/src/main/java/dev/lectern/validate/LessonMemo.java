package dev.lectern.validate;

import dev.lectern.model.Lesson;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a check worked out for each parsed lesson, by the lesson object itself: a long-running
 * process ({@code lectern serve}) gets the same object back while its file is unchanged, so only
 * edited lessons are worked out again. Thread-safe; the work runs outside the lock.
 */
final class LessonMemo<V> {
    private final Map<Lesson, V> values = new IdentityHashMap<>();

    /** Forgets lessons no longer in the course, so a long session does not keep them. */
    void keepOnly(Collection<Lesson> lessons) {
        synchronized (values) {
            Lesson.keepOnly(values, lessons);
        }
    }

    void clear() {
        synchronized (values) {
            values.clear();
        }
    }

    V get(Lesson lesson, Function<Lesson, V> work) {
        V value;
        synchronized (values) {
            value = values.get(lesson);
        }
        if (value == null) {
            value = work.apply(lesson);
            synchronized (values) {
                values.put(lesson, value);
            }
        }
        return value;
    }
}
