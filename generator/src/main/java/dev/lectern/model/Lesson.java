package dev.lectern.model;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One lesson specification. {@code file} is the path relative to the content root, and
 * {@code fileSlug} the file name without {@code .md}, which is the lesson's slug.
 * {@code moduleId} is the module its folder says ({@code 7.3} for {@code module-7-3}), if any.
 * {@code links} are the file's link reference definitions, which its texts may link through.
 */
public record Lesson(String file, String fileSlug, Optional<String> folderModuleId, Optional<Inline> title,
                     LessonMetadata metadata, List<Block> preamble, List<Section> sections, List<LinkDefinition> links) {
    private static final Pattern SERIES_OF_MODULE = Pattern.compile("^(\\d+)\\.");
    /** Unicode's spaces are spaces ({@code (?U)}): a no-break space beside a label or dash is no part of the title. */
    private static final Pattern TITLE_LABEL = Pattern.compile("(?U)^Lesson(?: Plan)?(?:\\s+\\d+)?\\s*:\\s*");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("(?U)\\s*(?:--|—|–)\\s*Planning\\s+Document\\s*$");
    private static final Pattern BUILT_RECORD = Pattern.compile("^What Was (?:Actually )?Built\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REMAINING = Pattern.compile("^Remaining(?: items| findings| issues)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NONE = Pattern.compile("(?i)none\\.?");
    private static final Pattern SAFE_FOLDER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    /**
     * A slug as a link names a lesson ({@code lesson:<slug>}, {@code ../<slug>/}), as one capturing group: letters,
     * digits, {@code _ . -} inside, a letter or digit at each end.
     */
    public static final String LINKED_SLUG = "([A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)";
    /**
     * Folders of {@code lessons/} that are not lessons: stylesheets and fonts, the schema, the
     * validation report, the series and module pages.
     */
    private static final Set<String> RESERVED_FOLDERS = Set.of("assets", "schema", "reports", "series", "modules");

    public Lesson {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        links = List.copyOf(links);
    }

    /** The slug: as the metadata states it, else the file name. */
    public String slug() {
        return metadata.slug().map(Located::value).orElse(fileSlug);
    }

    /**
     * The folder under {@code lessons/} its pages are published in: the slug, made safe for a path
     * ({@code ../x} and {@code a b} become {@code x} and {@code a-b}, a reserved name gets {@code -lesson}).
     */
    public String folder() {
        return folderFor(slug());
    }

    /**
     * Two lessons collide when their folders are one on a case-insensitive file system (macOS's and
     * Windows' defaults, where authors work): this key is equal for both.
     */
    public String folderKey() {
        return folder().toLowerCase(Locale.ROOT);
    }

    static String folderFor(String slug) {
        if (SAFE_FOLDER.matcher(slug).matches() && !RESERVED_FOLDERS.contains(slug)) {
            return slug;
        }
        String folder = slug.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^[-_]+", "");
        if (folder.isEmpty()) {
            return "lesson";
        }
        return RESERVED_FOLDERS.contains(folder) ? folder + "-lesson" : folder;
    }

    /** The module: as the metadata states it, else as the folder says. */
    public Optional<String> moduleId() {
        return metadata.module().map(Located::value).or(() -> folderModuleId);
    }

    /** The series the lesson belongs to: the one it states, else its module's ({@code 7} for {@code 7.3}). */
    public Optional<Integer> seriesNumber() {
        return metadata.series().map(Located::value).or(() -> moduleId().flatMap(Lesson::seriesOfModule));
    }

    /** The series a module id belongs to: {@code 7} for {@code 7.3}. */
    public static Optional<Integer> seriesOfModule(String moduleId) {
        Matcher m = SERIES_OF_MODULE.matcher(moduleId.strip());
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /**
     * Forgets in {@code byLesson} (kept by the parsed lesson object) the lessons not among {@code current}, so a long
     * session ({@code lectern serve}) keeps none it no longer has; by identity, as such maps are kept.
     */
    public static void keepOnly(Map<Lesson, ?> byLesson, Collection<Lesson> current) {
        Set<Lesson> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(current);
        byLesson.keySet().retainAll(kept);
    }

    /** The title without the {@code Lesson:} label and {@code -- Planning Document} suffix specs carry. */
    public String displayTitle() {
        return statedTitle().orElse(fileSlug);
    }

    /** The title without its label and suffix; empty when the file has none, or only the label ({@code # Lesson:}). */
    public Optional<String> statedTitle() {
        return title.map(Inline::plain)
                .map(t -> TITLE_LABEL.matcher(t).replaceFirst(""))
                .map(t -> TITLE_SUFFIX.matcher(t).replaceFirst(""))
                .filter(t -> !t.isBlank());
    }

    public List<PhaseSection> phases() {
        return sectionsOf(PhaseSection.class).toList();
    }

    public Optional<PhaseSection> phase(int number) {
        return sectionsOf(PhaseSection.class).filter(p -> p.number() == number).findFirst();
    }

    public List<ReviewSection> reviews() {
        return sectionsOf(ReviewSection.class).toList();
    }

    public Optional<ReviewSection> latestReview() {
        return sectionsOf(ReviewSection.class).reduce((earlier, later) -> later);
    }

    /**
     * The latest review's findings still open: each records no fix of its own ({@link Finding#open()}), and no section
     * after the review says that nothing of it remains ({@code ### Remaining items}, then {@code - None}), as the
     * summary an author writes of the fixes made after the last review does.
     */
    public List<Finding> openFindings() {
        int latest = -1;
        for (int k = 0; k < sections.size(); k++) {
            latest = sections.get(k) instanceof ReviewSection ? k : latest;
        }
        if (latest < 0 || sections.subList(latest + 1, sections.size()).stream().anyMatch(Lesson::nothingRemains)) {
            return List.of();
        }
        return ((ReviewSection) sections.get(latest)).findings().stream().filter(Finding::open).toList();
    }

    private static boolean nothingRemains(Section section) {
        return section instanceof PlainSection plain && plain.parts().stream()
                .filter(p -> REMAINING.matcher(p.heading().plain()).find()).anyMatch(p -> p.blocks().size() == 1
                        && NONE.matcher(onlyText(p.blocks().get(0))).matches());
    }

    /** The text of a paragraph, or of a list of one item that is one paragraph; empty for anything else. */
    private static String onlyText(Block block) {
        if (block instanceof ListBlock list && list.items().size() == 1 && list.items().get(0).blocks().size() == 1) {
            return onlyText(list.items().get(0).blocks().get(0));
        }
        return block instanceof Paragraph p ? p.text().plain() : "";
    }

    public List<Checklist> checklists() {
        return sectionsOf(ChecklistSection.class).flatMap(s -> s.checklists().stream()).toList();
    }

    /** The lesson outline: the Phase 3 part the student page is made of. */
    public Optional<Part> outline() {
        return phase(3).flatMap(PhaseSection::outline);
    }

    /**
     * The record of a lesson built before its specification ({@code ## What Was Actually Built}): a
     * lesson without an outline shows students what it records.
     */
    public Optional<PlainSection> builtRecord() {
        return sectionsOf(PlainSection.class).filter(s -> BUILT_RECORD.matcher(s.heading().plain()).find()).findFirst();
    }

    /** Every typed table of the given kind, in document order. */
    public <T extends TypedTable> List<T> tables(Class<T> type) {
        return phases().stream()
                .flatMap(p -> Stream.concat(p.intro().stream(), p.parts().stream().flatMap(x -> x.blocks().stream())))
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    public List<Prerequisite> prerequisites() {
        return tables(PrerequisiteTable.class).stream().flatMap(t -> t.rows().stream()).toList();
    }

    private <T extends Section> Stream<T> sectionsOf(Class<T> type) {
        return sections.stream().filter(type::isInstance).map(type::cast);
    }
}
