package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.LessonRef;
import dev.lectern.model.ModulePlan;
import java.util.Optional;

/** The lesson a table cell refers to: by its slug, else by module and position in that module's plan. */
final class SourceLessons {

    private SourceLessons() {
    }

    /** {@code consistency-models (7.3.1)} and a bare {@code 7.3.1} both give {@code consistency-models}. */
    static Optional<String> slug(LessonRef ref, CourseContent content) {
        if (ref.slug().isPresent()) {
            return ref.slug();
        }
        if (ref.moduleId().isEmpty() || ref.position().isEmpty()) {
            return Optional.empty();
        }
        int position = ref.position().get();
        return content.modulePlan(ref.moduleId().get()).stream()
                .flatMap(plan -> plan.lessons().stream())
                .filter(planned -> planned.position() == position)
                .map(ModulePlan.PlannedLesson::slug)
                .findFirst();
    }
}
