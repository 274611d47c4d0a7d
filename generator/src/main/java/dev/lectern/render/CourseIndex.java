package dev.lectern.render;

import dev.lectern.model.Course;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.Located;
import dev.lectern.model.ModulePlan;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Section;
import dev.lectern.model.SeriesPlan;
import dev.lectern.render.CoursePage.LessonEntry;
import dev.lectern.render.CoursePage.ModuleView;
import dev.lectern.render.CoursePage.SeriesView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the course index from what the content folder holds: the course table, series and module
 * plans, and the lessons students are shown. Every such lesson appears somewhere; lessons a plan
 * names that students are not shown appear without a link: a written draft by its title as in
 * preparation, a lesson not written yet by the plan's line as planned.
 */
final class CourseIndex {
    private static final String OTHER_MODULES = "Other modules";

    private final CourseContent content;
    private final List<PublishedLesson> published;
    // Indexes: the page looks lessons up per module and per plan entry.
    private final Map<String, PublishedLesson> bySlug = new HashMap<>();
    private final Map<String, Lesson> draftBySlug = new HashMap<>(); // written, students not shown it
    private final Map<String, List<PublishedLesson>> byModule = new HashMap<>();
    private final Set<String> moduleIds; // in order (7.10 after 7.9)
    private final Map<String, List<Lesson>> lessonsByModule = new HashMap<>(); // every lesson, published or not
    // The course table's rows and the plans, by module and series: looked up once per module, and a scan
    // each time made a course of thousands of modules quadratic.
    private final Map<String, List<Course.ModuleEntry>> courseModules = new HashMap<>();
    private final Map<Integer, Course.SeriesEntry> courseSeries = new HashMap<>();
    private final Map<String, Optional<String>> moduleTitles = new ConcurrentHashMap<>();
    private final Map<Integer, Optional<String>> seriesTitles = new ConcurrentHashMap<>();
    private final Map<String, String> moduleFiles = new HashMap<>(); // module id -> its page under lessons/
    private final List<SeriesView> series; // the course's structure

    /** @param published the lessons students are shown, in course order or not */
    CourseIndex(CourseContent content, List<PublishedLesson> published) {
        this.content = content;
        this.published = List.copyOf(published);
        this.published.forEach(p -> {
            bySlug.putIfAbsent(p.lesson().slug(), p);
            p.lesson().moduleId().ifPresent(id -> byModule.computeIfAbsent(id, k -> new ArrayList<>()).add(p));
        });
        content.lessons().forEach(l -> l.moduleId().ifPresent(id ->
                lessonsByModule.computeIfAbsent(id, k -> new ArrayList<>()).add(l)));
        content.lessons().stream().filter(l -> !bySlug.containsKey(l.slug()))
                .forEach(l -> draftBySlug.putIfAbsent(l.slug(), l));
        content.course().ifPresent(course -> {
            course.modules().forEach(m -> courseModules.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m));
            course.series().forEach(s -> courseSeries.putIfAbsent(s.number(), s));
        });
        this.moduleIds = Collections.unmodifiableSet(collectModuleIds());
        Anchors.Ids files = new Anchors.Ids();
        for (String id : moduleIds) {
            // a module id is content: only safe characters reach a file name, and ids that would
            // share one are told apart rather than one page silently replacing another
            moduleFiles.put(id, "modules/" + files.unique(id.replaceAll("[^A-Za-z0-9_-]", "-")) + ".html");
        }
        this.series = seriesViews();
    }


    CoursePage page(PageHtml html) {
        List<LessonEntry> others = otherLessons();
        int drafts = (int) allEntries().filter(LessonEntry::draft).count();
        int planned = (int) allEntries().filter(e -> !e.present() && !e.draft()).count();
        return new CoursePage("", "course", courseTitle(), series, others, published.size(), drafts, planned, html);
    }

    private String courseTitle() {
        return content.course().flatMap(Course::title).map(Inline::plain).filter(t -> !t.isBlank()).orElse("Course");
    }

    /** Series with their modules and lessons, in course order. */
    private List<SeriesView> seriesViews() {
        List<SeriesView> views = new ArrayList<>();
        for (Integer number : seriesNumbers()) {
            Optional<Course.SeriesEntry> entry = seriesEntry(number);
            views.add(new SeriesView("series-" + number, "Series " + number, seriesTitle(number).orElse(""),
                    entry.map(Course.SeriesEntry::status).orElse(""), seriesDescription(number),
                    seriesHref(number), modules(id -> Lesson.seriesOfModule(id).filter(number::equals).isPresent())));
        }
        List<ModuleView> orphanModules = modules(id -> Lesson.seriesOfModule(id).isEmpty());
        if (!orphanModules.isEmpty()) {
            views.add(new SeriesView("other-modules", OTHER_MODULES, "", "", Optional.empty(), "", orphanModules));
        }
        return List.copyOf(views);
    }

    private List<LessonEntry> otherLessons() {
        return published.stream()
                .filter(p -> p.lesson().moduleId().isEmpty())
                .sorted(Comparator.comparing(PublishedLesson::dir))
                .map(CourseIndex::present)
                .toList();
    }

    private Stream<LessonEntry> allEntries() {
        return Stream.concat(series.stream().flatMap(s -> s.modules().stream()).flatMap(m -> m.entries().stream()),
                otherLessons().stream());
    }

    private static String seriesHref(int number) {
        return "series/" + number + ".html";
    }

    private Optional<Inline> seriesDescription(int number) {
        return seriesEntry(number).map(Course.SeriesEntry::description).filter(d -> !d.isBlank())
                .or(() -> content.seriesPlan(number).flatMap(p -> goal(p.sections())));
    }

    /** The first paragraph of a plan's goal section ({@code ## Module Goal}, {@code ## Series Goal}). */
    private static Optional<Inline> goal(List<Section> sections) {
        return sections.stream().filter(s -> s.heading().plain().toLowerCase(Locale.ROOT).contains("goal"))
                .flatMap(s -> Paragraph.first(s.intro()).stream()).findFirst();
    }

    /**
     * Each published lesson's place in the course, by folder: lessons in course order (series,
     * module, the plan's position, then position as stated, then folder name), each once even when
     * two plans name it, so previous and next never skip, repeat or loop.
     */
    Map<String, LessonNav> navigation() {
        Map<String, LessonEntry> ordered = new LinkedHashMap<>();
        Map<String, ModuleView> moduleOfDir = new HashMap<>();
        Map<String, SeriesView> seriesOfDir = new HashMap<>();
        for (SeriesView s : series) {
            for (ModuleView m : s.modules()) {
                for (LessonEntry e : m.entries()) {
                    if (e.present() && ordered.putIfAbsent(e.dir(), e) == null) {
                        moduleOfDir.put(e.dir(), m);
                        seriesOfDir.put(e.dir(), s);
                    }
                }
            }
        }
        otherLessons().forEach(e -> ordered.putIfAbsent(e.dir(), e));
        List<LessonEntry> order = List.copyOf(ordered.values());
        Map<String, Lesson> lessonOfDir = new HashMap<>();
        published.forEach(p -> lessonOfDir.put(p.dir(), p.lesson()));
        Map<String, LessonNav> navs = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            String dir = order.get(i).dir();
            navs.put(dir, around(seriesOfDir.get(dir), moduleOfDir.get(dir), dir,
                    i > 0 ? Optional.of(link(order.get(i - 1))) : Optional.empty(),
                    i + 1 < order.size() ? Optional.of(link(order.get(i + 1))) : Optional.empty(),
                    seriesPlace(lessonOfDir.get(dir))));
        }
        return navs;
    }

    /** Where the series plan numbers the lesson; empty when it does not (or there is no plan). */
    private Optional<LessonNav.SeriesPlace> seriesPlace(Lesson lesson) {
        return Optional.ofNullable(lesson).flatMap(Lesson::seriesNumber).flatMap(content::seriesPlan)
                .flatMap(plan -> plan.lesson(lesson.slug()).map(row -> new LessonNav.SeriesPlace(row.number(),
                        plan.last().orElse(row).number())));
    }

    /**
     * The place of a lesson the course order leaves out (a draft students are not shown): the
     * breadcrumb and module it would sit in, its own entry there marked, and no previous or next,
     * since it is in no chain.
     */
    LessonNav apart(Lesson lesson) {
        for (SeriesView s : series) {
            for (ModuleView m : s.modules()) {
                if (lesson.moduleId().filter(m.id()::equals).isPresent()) {
                    return around(s, m, lesson.folder(), Optional.empty(), Optional.empty(), seriesPlace(lesson));
                }
            }
        }
        return around(null, null, lesson.folder(), Optional.empty(), Optional.empty(), seriesPlace(lesson));
    }

    /** Breadcrumb and the module's lessons around the lesson in {@code dir}; series and module may be null. */
    private LessonNav around(SeriesView series, ModuleView module, String dir, Optional<LessonNav.Link> previous,
                             Optional<LessonNav.Link> next, Optional<LessonNav.SeriesPlace> seriesPlace) {
        List<LessonNav.Link> crumbs = new ArrayList<>();
        crumbs.add(new LessonNav.Link(courseTitle(), "../index.html"));
        if (series != null && !series.href().isEmpty()) {
            crumbs.add(new LessonNav.Link(heading(series), "../" + series.href()));
        }
        Optional<LessonNav.Link> moduleLink = Optional.ofNullable(module)
                .map(m -> new LessonNav.Link(heading(m), "../" + m.href()));
        moduleLink.ifPresent(crumbs::add);
        List<LessonNav.ModuleLesson> siblings = module == null ? List.of() : module.entries().stream()
                .map(e -> new LessonNav.ModuleLesson(e.title(), e.present() ? lessonHref(e) : "", e.draft(),
                        !e.dir().isEmpty() && e.dir().equals(dir)))
                .toList();
        return new LessonNav(crumbs, previous, next, moduleLink, siblings, seriesPlace);
    }

    /** Each written lesson's module heading ({@code Module 7.3: Fast Generation}), by folder. */
    Map<String, String> moduleHeadings() {
        Map<String, String> headings = new HashMap<>();
        series.forEach(s -> s.modules().forEach(m -> m.entries().stream().filter(LessonEntry::present)
                .forEach(e -> headings.putIfAbsent(e.dir(), heading(m)))));
        return headings;
    }

    private static LessonNav.Link link(LessonEntry e) {
        return new LessonNav.Link(e.title(), lessonHref(e));
    }

    private static String lessonHref(LessonEntry e) {
        return "../" + e.dir() + "/index.html";
    }

    private static String heading(SeriesView s) {
        return heading(s.label(), s.title());
    }

    private static String heading(ModuleView m) {
        return heading("Module " + m.id(), m.title());
    }

    /** A series' or a module's heading, on its page and its lessons': {@code Module 7.3: Fast Generation}, or the label. */
    static String heading(String label, String title) {
        return label + (title.isBlank() ? "" : ": " + title);
    }

    /**
     * A page per series and per module, by path under the site: {@code lessons/series/7.html},
     * {@code lessons/modules/7-3.html}. {@code htmlFor} gives the markup helper for a content file
     * (the plan the description comes from).
     */
    Map<String, ModulePage> groupPages(Function<String, PageHtml> htmlFor) {
        String courseFile = content.course().map(Course::file).orElse("course.md");
        LessonNav.Link course = new LessonNav.Link(courseTitle(), "../index.html");
        Map<String, ModulePage> pages = new LinkedHashMap<>();
        for (SeriesView s : series) {
            if (!s.href().isEmpty()) {
                String file = content.seriesPlans().stream().filter(p -> s.href().equals(seriesHref(p.number())))
                        .map(SeriesPlan::file).findFirst().orElse(courseFile);
                List<ModulePage.Listing> listings = s.modules().stream()
                        .map(m -> new ModulePage.Listing(heading(m), "../" + m.href(), m.entries())).toList();
                pages.put("lessons/" + s.href(), new ModulePage("../", "series", heading(s), List.of(course),
                        s.description(), listings, htmlFor.apply(file)));
            }
            for (ModuleView m : s.modules()) {
                Optional<ModulePlan> plan = content.modulePlan(m.id());
                List<LessonNav.Link> crumbs = s.href().isEmpty() ? List.of(course)
                        : List.of(course, new LessonNav.Link(heading(s), "../" + s.href()));
                pages.put("lessons/" + m.href(), new ModulePage("../", "module", heading(m), crumbs,
                        plan.flatMap(p -> goal(p.sections())),
                        List.of(new ModulePage.Listing("Lessons", "", m.entries())),
                        htmlFor.apply(plan.map(ModulePlan::file).orElse(courseFile))));
            }
        }
        return pages;
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
                .or(() -> content.modulePlan(moduleId).flatMap(ModulePlan::title).map(Inline::plain))
                .or(() -> lessonsByModule.getOrDefault(moduleId, List.of()).stream()
                        .flatMap(l -> l.metadata().moduleTitle().stream())
                        .map(Located::value).findFirst());
    }

    private Optional<String> findSeriesTitle(int number) {
        return seriesEntry(number).map(Course.SeriesEntry::title).filter(t -> !t.isBlank())
                .or(() -> content.seriesPlan(number).flatMap(SeriesPlan::title).map(Inline::plain))
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
        moduleIds.stream().map(Lesson::seriesOfModule).flatMap(Optional::stream).forEach(numbers::add);
        return numbers;
    }

    private Set<String> collectModuleIds() {
        Set<String> ids = new TreeSet<>(CourseIndex::compareModuleIds);
        content.course().ifPresent(c -> c.modules().forEach(m -> ids.add(m.id())));
        content.modulePlans().forEach(p -> ids.add(p.moduleId()));
        published.forEach(p -> p.lesson().moduleId().ifPresent(ids::add));
        return ids;
    }

    private List<ModuleView> modules(java.util.function.Predicate<String> inGroup) {
        return moduleIds.stream().filter(inGroup).map(this::module).toList();
    }

    private ModuleView module(String id) {
        Optional<Course.ModuleEntry> entry = courseModules.getOrDefault(id, List.of()).stream().findFirst();
        Optional<ModulePlan> plan = content.modulePlan(id);
        String status = entry.map(Course.ModuleEntry::status).map(Inline::plain).filter(s -> !s.isBlank())
                .or(() -> plan.flatMap(ModulePlan::status).map(Located::value)).orElse("");
        return new ModuleView(id, moduleTitle(id).orElse(""), status,
                entry.map(Course.ModuleEntry::lessons).orElse(""), moduleFiles.get(id), entries(id, plan));
    }

    /** Lessons in plan order, then present lessons the plan does not name, by position then slug. */
    private List<LessonEntry> entries(String moduleId, Optional<ModulePlan> plan) {
        List<LessonEntry> entries = new ArrayList<>();
        Set<String> named = new HashSet<>();
        plan.ifPresent(p -> p.lessons().stream()
                .sorted(Comparator.comparingInt(ModulePlan.PlannedLesson::position))
                .forEach(planned -> {
                    named.add(planned.slug());
                    entries.add(Optional.ofNullable(bySlug.get(planned.slug())).map(CourseIndex::present)
                            .or(() -> Optional.ofNullable(draftBySlug.get(planned.slug())).map(CourseIndex::draft))
                            .map(e -> withPlanLine(e, planned))
                            .orElseGet(() -> absent(planned)));
                }));
        byModule.getOrDefault(moduleId, List.of()).stream()
                .filter(p -> !named.contains(p.lesson().slug()))
                .sorted(Comparator.comparingInt((PublishedLesson p) -> positionInModule(p.lesson()))
                        .thenComparing(PublishedLesson::dir))
                .forEach(p -> entries.add(present(p)));
        return entries;
    }

    private static LessonEntry present(PublishedLesson p) {
        return new LessonEntry(Typography.title(p.lesson()), p.dir(), true, false, Optional.empty());
    }

    private static LessonEntry draft(Lesson lesson) {
        return new LessonEntry(Typography.title(lesson), lesson.folder(), false, true, Optional.empty());
    }

    private static LessonEntry withPlanLine(LessonEntry e, ModulePlan.PlannedLesson planned) {
        return new LessonEntry(e.title(), e.dir(), e.present(), e.draft(), Optional.of(planned.coreConcept()));
    }

    private static LessonEntry absent(ModulePlan.PlannedLesson planned) {
        return new LessonEntry(planned.coreConcept().plain(), "", false, false, Optional.empty());
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
        return !segment.isEmpty() && segment.length() <= 9 && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
