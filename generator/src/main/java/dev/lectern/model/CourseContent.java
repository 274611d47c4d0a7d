package dev.lectern.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Everything read from a content folder: the course, plans, records and lessons, with each looked up
 * by its id once here (the first of an id, in the lists' order), so checks and pages that ask per lesson
 * stay linear in the size of the course.
 */
public final class CourseContent {
    private final Optional<Course> course;
    private final List<SeriesPlan> seriesPlans;
    private final List<ModulePlan> modulePlans;
    private final List<ModuleRecord> moduleRecords;
    private final List<Lesson> lessons;
    private final Map<String, Lesson> lessonsBySlug;
    private final Map<Integer, SeriesPlan> seriesPlansByNumber;
    private final Map<String, ModulePlan> plansById;
    private final Map<String, ModulePlan> plansBySlug;
    private final Map<String, ModuleRecord> recordsById;

    public CourseContent(Optional<Course> course, List<SeriesPlan> seriesPlans, List<ModulePlan> modulePlans,
                         List<ModuleRecord> moduleRecords, List<Lesson> lessons) {
        this.course = course;
        this.seriesPlans = List.copyOf(seriesPlans);
        this.modulePlans = List.copyOf(modulePlans);
        this.moduleRecords = List.copyOf(moduleRecords);
        this.lessons = lessons.stream().sorted(Comparator.comparing(Lesson::file)).toList();
        this.lessonsBySlug = firstOfEach(this.lessons, Lesson::slug);
        this.seriesPlansByNumber = firstOfEach(this.seriesPlans, SeriesPlan::number);
        this.plansById = firstOfEach(this.modulePlans, ModulePlan::moduleId);
        this.recordsById = firstOfEach(this.moduleRecords, ModuleRecord::moduleId);
        Map<String, ModulePlan> listing = new HashMap<>();
        this.modulePlans.forEach(plan -> plan.lessons().forEach(row -> listing.putIfAbsent(row.slug(), plan)));
        this.plansBySlug = listing;
    }

    private static <K, T> Map<K, T> firstOfEach(List<T> items, Function<T, K> id) {
        Map<K, T> first = new HashMap<>();
        items.forEach(item -> first.putIfAbsent(id.apply(item), item));
        return first;
    }

    public Optional<Course> course() {
        return course;
    }

    public List<SeriesPlan> seriesPlans() {
        return seriesPlans;
    }

    public List<ModulePlan> modulePlans() {
        return modulePlans;
    }

    public List<ModuleRecord> moduleRecords() {
        return moduleRecords;
    }

    /** The lessons, in file order. */
    public List<Lesson> lessons() {
        return lessons;
    }

    public Optional<Lesson> lesson(String slug) {
        return Optional.ofNullable(lessonsBySlug.get(slug));
    }

    public Optional<SeriesPlan> seriesPlan(int number) {
        return Optional.ofNullable(seriesPlansByNumber.get(number));
    }

    public Optional<ModulePlan> modulePlan(String moduleId) {
        return Optional.ofNullable(plansById.get(moduleId));
    }

    /** The first module plan that lists the lesson, whether or not it is written. */
    public Optional<ModulePlan> planListing(String slug) {
        return Optional.ofNullable(plansBySlug.get(slug));
    }

    public Optional<ModuleRecord> moduleRecord(String moduleId) {
        return Optional.ofNullable(recordsById.get(moduleId));
    }

    /** The link definitions of the course file, a series or module plan or a module record at {@code file}; none for another file. */
    public List<LinkDefinition> planLinks(String file) {
        return Stream.of(course.stream().filter(c -> c.file().equals(file)).map(Course::links),
                        seriesPlans.stream().filter(p -> p.file().equals(file)).map(SeriesPlan::links),
                        modulePlans.stream().filter(p -> p.file().equals(file)).map(ModulePlan::links),
                        moduleRecords.stream().filter(r -> r.file().equals(file)).map(ModuleRecord::links))
                .flatMap(Function.identity()).findFirst().orElse(List.of());
    }
}
