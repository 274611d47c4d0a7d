package dev.lectern.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One lesson specification. {@code file} is the path relative to the content root, and
 * {@code fileSlug} the file name without {@code .md}, which is the lesson's slug.
 * {@code moduleId} is the module its folder says ({@code 7.3} for {@code module-7-3}), if any.
 */
public record Lesson(String file, String fileSlug, Optional<String> folderModuleId, Optional<Inline> title,
                     LessonMetadata metadata, List<Block> preamble, List<Section> sections) {
    private static final Pattern TITLE_LABEL = Pattern.compile("^Lesson(?: Plan)?(?:\\s+\\d+)?\\s*:\\s*");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*(?:--|—|–)\\s*Planning Document\\s*$");

    public Lesson {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
    }

    /** The slug: as the metadata states it, else the file name. */
    public String slug() {
        return metadata.slug().map(Located::value).orElse(fileSlug);
    }

    /** The module: as the metadata states it, else as the folder says. */
    public Optional<String> moduleId() {
        return metadata.module().map(Located::value).or(() -> folderModuleId);
    }

    /** The title without the {@code Lesson:} label and {@code -- Planning Document} suffix specs carry. */
    public String displayTitle() {
        return title.map(Inline::plain)
                .map(t -> TITLE_LABEL.matcher(t).replaceFirst(""))
                .map(t -> TITLE_SUFFIX.matcher(t).replaceFirst(""))
                .filter(t -> !t.isBlank())
                .orElse(fileSlug);
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
        List<ReviewSection> reviews = reviews();
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }

    public List<Checklist> checklists() {
        return sectionsOf(ChecklistSection.class).flatMap(s -> s.checklists().stream()).toList();
    }

    /** The lesson outline: the Phase 3 part the student page is made of. */
    public Optional<Part> outline() {
        return phase(3).flatMap(p -> p.part("Lesson Outline"));
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
