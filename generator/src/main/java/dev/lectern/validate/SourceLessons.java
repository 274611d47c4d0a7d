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
            return ref.slug().filter(SourceLessons::isSlug);
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

    /**
     * Whether a referenced slug can be one: {@code 7.1.1-7.1.2} is read as the slug {@code 1-7} by the
     * reference parser, but a slug without a letter is a piece of a number range.
     */
    static boolean isSlug(String slug) {
        return slug.chars().anyMatch(Character::isLetter);
    }
}
