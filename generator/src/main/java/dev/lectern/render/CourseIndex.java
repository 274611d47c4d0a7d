package dev.lectern.render;

import dev.lectern.model.Course;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.Located;
import dev.lectern.model.ModulePlan;
import dev.lectern.model.SeriesPlan;
import dev.lectern.render.CoursePage.LessonEntry;
import dev.lectern.render.CoursePage.ModuleView;
import dev.lectern.render.CoursePage.SeriesView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the course index from what the content folder holds: the course table, series and module
 * plans, and the lessons present. Every present lesson appears somewhere; lessons a plan names
 * that are absent appear as planned, without a link.
 */
final class CourseIndex {
    private static final Pattern SERIES_OF_MODULE = Pattern.compile("^(\\d+)\\.");
    private static final String OTHER_MODULES = "Other modules";

    private final CourseContent content;
    private final List<PublishedLesson> published;
    // Indexes: the page looks lessons up per module and per plan entry.
    private final Map<String, PublishedLesson> bySlug = new HashMap<>();
    private final Map<String, List<PublishedLesson>> byModule = new HashMap<>();
    private final Set<String> moduleIds; // in order (7.10 after 7.9)
    private final Map<String, List<Lesson>> lessonsByModule = new HashMap<>(); // every lesson, published or not
    // The course table's rows and the plans, by module and series: looked up once per module, and a scan
    // each time made a course of thousands of modules quadratic.
    private final Map<String, List<Course.ModuleEntry>> courseModules = new HashMap<>();
    private final Map<Integer, Course.SeriesEntry> courseSeries = new HashMap<>();
    private final Map<String, ModulePlan> modulePlans = new HashMap<>();
    private final Map<String, Optional<String>> moduleTitles = new ConcurrentHashMap<>();
    private final Map<Integer, Optional<String>> seriesTitles = new ConcurrentHashMap<>();

    CourseIndex(CourseContent content, List<PublishedLesson> published) {
        this.content = content;
        this.published = List.copyOf(published);
        this.published.forEach(p -> {
            bySlug.putIfAbsent(p.lesson().slug(), p);
            p.lesson().moduleId().ifPresent(id -> byModule.computeIfAbsent(id, k -> new ArrayList<>()).add(p));
        });
        content.lessons().forEach(l -> l.moduleId().ifPresent(id ->
                lessonsByModule.computeIfAbsent(id, k -> new ArrayList<>()).add(l)));
        content.course().ifPresent(course -> {
            course.modules().forEach(m -> courseModules.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m));
            course.series().forEach(s -> courseSeries.putIfAbsent(s.number(), s));
        });
        content.modulePlans().forEach(plan -> modulePlans.putIfAbsent(plan.moduleId(), plan));
        this.moduleIds = Collections.unmodifiableSet(collectModuleIds());
    }

    /** The series a module id belongs to: {@code 7} for {@code 7.3}. */
    static Optional<Integer> seriesOf(String moduleId) {
        Matcher m = SERIES_OF_MODULE.matcher(moduleId.strip());
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** @param report gives each lesson's link into the validation report and what it found */
    CoursePage page(PageHtml html, ValidationReport report) {
        Map<String, LessonReport> reports = new HashMap<>();
        report.lessons().forEach(r -> reports.putIfAbsent(r.file(), r));
        String title = content.course().flatMap(Course::title).map(Inline::plain).filter(t -> !t.isBlank())
                .orElse("Course");
        List<SeriesView> series = new ArrayList<>();
        for (Integer number : seriesNumbers()) {
            Optional<Course.SeriesEntry> entry = seriesEntry(number);
            series.add(new SeriesView("series-" + number, "Series " + number, seriesTitle(number).orElse(""),
                    entry.map(Course.SeriesEntry::status).orElse(""),
                    entry.map(Course.SeriesEntry::description).filter(d -> !d.isBlank()),
                    modules(id -> seriesOf(id).filter(number::equals).isPresent(), reports)));
        }
        List<ModuleView> orphanModules = modules(id -> seriesOf(id).isEmpty(), reports);
        if (!orphanModules.isEmpty()) {
            series.add(new SeriesView("other-modules", OTHER_MODULES, "", "", Optional.empty(), orphanModules));
        }
        List<LessonEntry> others = published.stream()
                .filter(p -> p.lesson().moduleId().isEmpty())
                .sorted(Comparator.comparing(PublishedLesson::dir))
                .map(p -> present(p, reports))
                .toList();
        List<LessonEntry> all = Stream.concat(series.stream().flatMap(s -> s.modules().stream())
                .flatMap(m -> m.entries().stream()), others.stream()).toList();
        int planned = (int) all.stream().filter(e -> !e.present()).count();
        return new CoursePage("", "course", title, series, others, published.size(), planned, html);
    }

    /**
     * A module's title: the course table's, else its plan's, else the first its lessons state.
     * Remembered: every lesson page asks, and each answer may look through the whole course.
     */
    Optional<String> moduleTitle(String moduleId) {
        return moduleTitles.computeIfAbsent(moduleId, this::findModuleTitle);
    }

    /** A series' title: the course table's, else its plan's, else the first its lessons state; remembered. */
    Optional<String> seriesTitle(int number) {
        return seriesTitles.computeIfAbsent(number, this::findSeriesTitle);
    }

    private Optional<String> findModuleTitle(String moduleId) {
        return courseModules.getOrDefault(moduleId, List.of()).stream()
                .map(Course.ModuleEntry::title).filter(t -> !t.isBlank())
                .findFirst()
                .or(() -> modulePlan(moduleId).flatMap(ModulePlan::title).map(Inline::plain))
                .or(() -> lessonsIn(moduleId).flatMap(l -> l.metadata().moduleTitle().stream())
                        .map(Located::value).findFirst());
    }

    private Optional<String> findSeriesTitle(int number) {
        return seriesEntry(number).map(Course.SeriesEntry::title).filter(t -> !t.isBlank())
                .or(() -> content.seriesPlans().stream().filter(p -> p.number() == number)
                        .flatMap(p -> p.title().stream()).map(Inline::plain).findFirst())
                .or(() -> content.lessons().stream()
                        .filter(l -> l.metadata().series().map(Located::value).filter(n -> n == number).isPresent())
                        .flatMap(l -> l.metadata().seriesTitle().stream()).map(Located::value).findFirst());
    }

    private Optional<Course.SeriesEntry> seriesEntry(int number) {
        return Optional.ofNullable(courseSeries.get(number));
    }

    private Set<Integer> seriesNumbers() {
        Set<Integer> numbers = new TreeSet<>();
        content.course().ifPresent(c -> c.series().forEach(s -> numbers.add(s.number())));
        content.seriesPlans().stream().map(SeriesPlan::number).forEach(numbers::add);
        moduleIds.stream().map(CourseIndex::seriesOf).flatMap(Optional::stream).forEach(numbers::add);
        return numbers;
    }

    private Set<String> collectModuleIds() {
        Set<String> ids = new TreeSet<>(CourseIndex::compareModuleIds);
        content.course().ifPresent(c -> c.modules().forEach(m -> ids.add(m.id())));
        content.modulePlans().forEach(p -> ids.add(p.moduleId()));
        published.forEach(p -> p.lesson().moduleId().ifPresent(ids::add));
        return ids;
    }

    private List<ModuleView> modules(java.util.function.Predicate<String> inGroup, Map<String, LessonReport> reports) {
        return moduleIds.stream().filter(inGroup).map(id -> module(id, reports)).toList();
    }

    private ModuleView module(String id, Map<String, LessonReport> reports) {
        Optional<Course.ModuleEntry> entry = courseModules.getOrDefault(id, List.of()).stream().findFirst();
        Optional<ModulePlan> plan = modulePlan(id);
        String status = entry.map(Course.ModuleEntry::status).filter(s -> !s.isBlank())
                .or(() -> plan.flatMap(ModulePlan::status).map(Located::value)).orElse("");
        return new ModuleView(id, moduleTitle(id).orElse(""), status,
                entry.map(Course.ModuleEntry::lessons).orElse(""), entries(id, plan, reports));
    }

    /** Lessons in plan order, then present lessons the plan does not name, by position then slug. */
    private List<LessonEntry> entries(String moduleId, Optional<ModulePlan> plan, Map<String, LessonReport> reports) {
        List<LessonEntry> entries = new ArrayList<>();
        Set<String> named = new HashSet<>();
        plan.ifPresent(p -> p.lessons().stream()
                .sorted(Comparator.comparingInt(ModulePlan.PlannedLesson::position))
                .forEach(planned -> {
                    named.add(planned.slug());
                    entries.add(findPublished(planned.slug()).map(lesson -> present(lesson, reports))
                            .map(e -> withPlanStatus(e, planned))
                            .orElseGet(() -> absent(planned)));
                }));
        publishedIn(moduleId).stream()
                .filter(p -> !named.contains(p.lesson().slug()))
                .sorted(Comparator.comparingInt((PublishedLesson p) -> positionInModule(p.lesson()))
                        .thenComparing(PublishedLesson::dir))
                .forEach(p -> entries.add(present(p, reports)));
        return entries;
    }

    private Optional<PublishedLesson> findPublished(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    private List<PublishedLesson> publishedIn(String moduleId) {
        return byModule.getOrDefault(moduleId, List.of());
    }

    private LessonEntry present(PublishedLesson p, Map<String, LessonReport> reports) {
        Lesson lesson = p.lesson();
        Optional<LessonReport> found = Optional.ofNullable(reports.get(lesson.file())).filter(LessonReport::flagged);
        return new LessonEntry(lesson.slug(), lesson.displayTitle(), p.dir(), true, "",
                Verdicts.latestText(lesson), Verdicts.latestClass(lesson),
                lesson.metadata().position().map(LessonMetadata.Position::text).orElse(""),
                found.map(LessonReport::id).orElse(""), found.map(LessonReport::notice).orElse(""));
    }

    private static LessonEntry withPlanStatus(LessonEntry e, ModulePlan.PlannedLesson planned) {
        return new LessonEntry(e.slug(), e.title(), e.dir(), true, planned.status().orElse(""), e.verdict(),
                e.verdictClass(), e.position(), e.reportId(), e.notice());
    }

    private static LessonEntry absent(ModulePlan.PlannedLesson planned) {
        return new LessonEntry(planned.slug(), planned.coreConcept().plain(), "", false,
                planned.status().orElse(""), "Planned", "verdict verdict-planned", "Lesson " + planned.position(),
                "", "");
    }

    /** The first plan of the module, as {@link CourseContent#modulePlan} finds it. */
    private Optional<ModulePlan> modulePlan(String moduleId) {
        return Optional.ofNullable(modulePlans.get(moduleId));
    }

    private Stream<Lesson> lessonsIn(String moduleId) {
        return lessonsByModule.getOrDefault(moduleId, List.of()).stream();
    }

    static int positionInModule(Lesson lesson) {
        return lesson.metadata().position().flatMap(LessonMetadata.Position::inModule)
                .map(LessonMetadata.Ordinal::index).orElse(Integer.MAX_VALUE);
    }

    /** Numeric where the segments are numbers ({@code 7.10} after {@code 7.9}), else by text. */
    static int compareModuleIds(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = compareSegment(left[i], right[i]);
            if (c != 0) {
                return c;
            }
        }
        return left.length != right.length ? Integer.compare(left.length, right.length) : a.compareTo(b);
    }

    private static int compareSegment(String a, String b) {
        if (isSmallNumber(a) && isSmallNumber(b)) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }

    /** {@code \\d{1,9}}: fits an int. */
    private static boolean isSmallNumber(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
