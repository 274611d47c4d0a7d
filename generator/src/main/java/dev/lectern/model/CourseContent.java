package dev.lectern.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything read from a content folder: the course, plans, records and lessons. */
public record CourseContent(Optional<Course> course, List<SeriesPlan> seriesPlans, List<ModulePlan> modulePlans,
                            List<ModuleRecord> moduleRecords, List<Lesson> lessons) {
    public CourseContent {
        seriesPlans = List.copyOf(seriesPlans);
        modulePlans = List.copyOf(modulePlans);
        moduleRecords = List.copyOf(moduleRecords);
        lessons = lessons.stream().sorted(Comparator.comparing(Lesson::file)).toList();
    }

    public Optional<Lesson> lesson(String slug) {
        return lessons.stream().filter(l -> l.slug().equals(slug)).findFirst();
    }

    public Optional<ModulePlan> modulePlan(String moduleId) {
        return modulePlans.stream().filter(p -> p.moduleId().equals(moduleId)).findFirst();
    }

    public Optional<ModuleRecord> moduleRecord(String moduleId) {
        return moduleRecords.stream().filter(r -> r.moduleId().equals(moduleId)).findFirst();
    }
}
