package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.ModulePlan;
import java.util.HashMap;
import java.util.Map;

/**
 * The course's module plans by module id, the first of each id as {@link CourseContent#modulePlan}
 * finds it: checks that ask for each lesson's plan look it up here, where a scan per lesson made
 * them quadratic in the size of the course (a tenth of a 1,000-lesson rebuild in serve).
 */
final class ModulePlansById {

    private ModulePlansById() {
    }

    static Map<String, ModulePlan> of(CourseContent content) {
        Map<String, ModulePlan> plans = new HashMap<>();
        content.modulePlans().forEach(plan -> plans.putIfAbsent(plan.moduleId(), plan));
        return plans;
    }

    /** The first plan (in {@link CourseContent#modulePlans()} order) that lists each lesson slug. */
    static Map<String, ModulePlan> bySlug(CourseContent content) {
        Map<String, ModulePlan> plans = new HashMap<>();
        content.modulePlans().forEach(plan -> plan.lessons().forEach(l -> plans.putIfAbsent(l.slug(), plan)));
        return plans;
    }
}
