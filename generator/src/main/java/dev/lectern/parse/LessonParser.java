package dev.lectern.parse;

import dev.lectern.model.Block;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.Part;
import dev.lectern.model.PhaseSection;
import dev.lectern.model.PlainSection;
import dev.lectern.model.Section;
import dev.lectern.validate.LessonSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one lesson specification into a {@link Lesson}: metadata (bold fields, and YAML front
 * matter over them: {@link FrontMatterText}), phases with typed tables, the outline with its
 * components, reviews and checklists; other sections are kept as written.
 */
public final class LessonParser {
    /**
     * On a heading's {@code Inline.name()}: {@code Phase 2}, {@code PHASE 2}, {@code Phase Two}, {@code Phase II}, or the phase's own
     * word alone as a section's name ({@code Orient}, {@code 2. Analysis}, {@code Design (Phase 3)}).
     */
    private static final Pattern PHASE = Pattern.compile(
            "^(?:phase\\s*(\\d{1,3}|one|two|three|iii|ii|i)\\b|(?:(orient|student state)|(analy[sz]e|analysis)|(design))"
                    + "(?=\\s*(?:$|[(:—–-])))");
    private static final List<String> PHASE_WORDS = List.of("one", "two", "three");
    private static final List<String> PHASE_NUMERALS = List.of("i", "ii", "iii");
    private static final Pattern MODULE_FOLDER = Pattern.compile("(?:^|/)module-(\\d+)-(\\d+)/");

    private final MarkdownReader reader;
    private final FrontMatterReader frontMatter = new FrontMatterReader(LessonSchema.load());
    private final Function<String, Optional<String>> equationToTex;

    /** @param equationToTex turns a plain-text equation line into TeX (empty: not an equation) */
    public LessonParser(LecternMarkdown markdown, Function<String, Optional<String>> equationToTex) {
        this.reader = new MarkdownReader(markdown);
        this.equationToTex = equationToTex;
    }

    /** Parses {@code file}; content problems go to {@code reporter}, never out as exceptions. */
    public Lesson parse(ContentFile file, FileReporter reporter) {
        FrontMatterText text = FrontMatterText.split(reader.decode(file, reporter));
        SplitDocument document = titled(reader.parse(text.body(), reporter));
        TableReader tables = new TableReader(reporter);
        MetadataReader metadataReader = new MetadataReader(reporter);
        LessonMetadata bold = metadataReader.read(document.preamble());
        LessonMetadata metadata = text.frontMatter().flatMap(f -> frontMatter.read(f, reporter))
                .map(f -> f.over(bold)).orElse(bold);
        ReviewReader reviews = new ReviewReader(reporter, tables);
        ProseComponents components = new ProseComponents(reporter, equationToTex);
        ChecklistReader checklists = new ChecklistReader(reporter);
        List<Section> sections = regrouped(document.sections()).stream()
                .map(section -> section(section, tables, reviews, checklists, components))
                .toList();
        return new Lesson(file.path(), file.baseName(), moduleFolder(file.path()), document.title(), metadata,
                metadataReader.remainder(document.preamble()), sections, document.links());
    }

    /** A document titled {@code ## Lesson: ...}, with no {@code #} title: that heading is its title. */
    private static SplitDocument titled(SplitDocument document) {
        if (document.title().isPresent() || !document.preamble().isEmpty() || document.sections().isEmpty()) {
            return document;
        }
        SplitDocument.Section first = document.sections().get(0);
        if (!first.heading().name().startsWith("lesson") || !first.parts().isEmpty()) {
            return document;
        }
        return new SplitDocument(Optional.of(first.heading()), first.intro(),
                document.sections().subList(1, document.sections().size()), document.links());
    }

    /**
     * The sections as meant when a heading is one level off: a {@code ### Phase 2} part starts its own
     * section, a {@code ## Verdict}, {@code ## Summary} or {@code ## Findings} right after a review is a part of it,
     * and under a heading that groups reviews ({@code ## Reviews}, then {@code ### Review -- 2026-02-20}) each part
     * from the first review on is a section, its own headings its parts; a review without headings of its own takes
     * the parts after it until the next review ({@code ### Summary} beside {@code ### Review -- 2026-02-20}).
     */
    private static List<SplitDocument.Section> regrouped(List<SplitDocument.Section> written) {
        List<SplitDocument.Section> out = new ArrayList<>();
        for (SplitDocument.Section section : written) {
            SplitDocument.Section last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && ReviewReader.isReview(last.heading()) && ReviewReader.isReviewPart(section.heading())) {
                List<Part> parts = new ArrayList<>(last.parts());
                parts.add(new Part(section.line(), section.heading(), section.intro()));
                parts.addAll(section.parts());
                out.set(out.size() - 1, new SplitDocument.Section(last.line(), last.heading(), last.intro(), parts));
                continue;
            }
            SplitDocument.Section current = new SplitDocument.Section(section.line(), section.heading(), section.intro(),
                    new ArrayList<>());
            boolean groupsReviews = !ReviewReader.isDatedReview(section.heading()) && !PHASE.matcher(section.heading().name()).find()
                    && !ChecklistReader.isChecklists(section.heading());
            boolean grouped = false;
            boolean flatReview = false; // a review whose parts are headed at its own level, after it
            for (Part part : section.parts()) {
                Matcher phase = PHASE.matcher(part.heading().name());
                boolean review = ReviewReader.isDatedReview(part.heading());
                grouped |= groupsReviews && review;
                if (flatReview && !review) {
                    current.parts().add(part);
                } else if (grouped) {
                    out.add(current);
                    current = sectionOf(part);
                    flatReview = review && current.parts().isEmpty();
                } else if (phase.lookingAt() && phase.group(1) != null) { // a part named by its word alone stays a part
                    out.add(current);
                    current = new SplitDocument.Section(part.line(), part.heading(), part.blocks(), new ArrayList<>());
                } else {
                    current.parts().add(part);
                }
            }
            out.add(current);
        }
        return out;
    }

    /** A part as a section: the blocks before its first heading its intro, its shallowest headings its parts (a list that grows). */
    private static SplitDocument.Section sectionOf(Part part) {
        List<Block> blocks = part.blocks();
        int level = Heading.topLevel(blocks);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading heading && heading.level() == level) {
                starts.add(i);
            }
        }
        starts.add(blocks.size());
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i + 1 < starts.size(); i++) { // parts as regrouped() adds them, in a list it can add to
            Heading heading = (Heading) blocks.get(starts.get(i));
            parts.add(new Part(heading.line(), heading.text(), blocks.subList(starts.get(i) + 1, starts.get(i + 1))));
        }
        return new SplitDocument.Section(part.line(), part.heading(), blocks.subList(0, starts.get(0)), parts);
    }

    /** {@code 7.3} for a file under {@code module-7-3/}. */
    static Optional<String> moduleFolder(String path) {
        Matcher m = MODULE_FOLDER.matcher(path);
        return m.find() ? Optional.of(m.group(1) + "." + m.group(2)) : Optional.empty();
    }

    private static Section section(SplitDocument.Section section, TableReader tables, ReviewReader reviews,
                                   ChecklistReader checklists, ProseComponents components) {
        Matcher phase = PHASE.matcher(section.heading().name());
        if (!ReviewReader.isReview(section.heading()) && !ChecklistReader.isChecklists(section.heading())) {
            // a review lists fixes as it likes; elsewhere a task list is a checklist in the wrong place
            checklists.reportElsewhere(section.intro(), section.heading().plain());
            section.parts().forEach(part -> checklists.reportElsewhere(part.blocks(),
                    section.heading().plain() + " › " + part.heading().plain()));
        }
        if (phase.find()) {
            List<Part> parts = OutlineParts.split(section.parts()).stream().map(part -> phasePart(part, tables, components))
                    .toList();
            return new PhaseSection(section.line(), section.heading(), phaseNumber(phase),
                    tables.readAll(section.intro(), Inline.empty(section.line())), parts);
        }
        if (ReviewReader.isReview(section.heading())) {
            return reviews.read(section);
        }
        if (ChecklistReader.isChecklists(section.heading())) {
            return checklists.read(section);
        }
        return new PlainSection(section.line(), section.heading(), section.intro(), section.parts());
    }

    private static Part phasePart(Part part, TableReader tables, ProseComponents components) {
        List<Block> blocks = tables.readAll(part.blocks(), part.heading());
        if (PhaseSection.isOutline(part.heading())) {
            blocks = components.recognise(OutlineParts.numberedTitlesAsHeadings(blocks, 4));
        }
        return new Part(part.line(), part.heading(), blocks);
    }

    private static int phaseNumber(Matcher phase) {
        if (phase.group(1) == null) {
            return phase.group(2) != null ? 1 : phase.group(3) != null ? 2 : 3;
        }
        int word = Math.max(PHASE_WORDS.indexOf(phase.group(1)), PHASE_NUMERALS.indexOf(phase.group(1)));
        return word >= 0 ? word + 1 : Integer.parseInt(phase.group(1));
    }
}
