package dev.lectern.parse;

import dev.lectern.model.Block;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Part;
import dev.lectern.model.PhaseSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Lesson Outline named otherwise than by its own {@code ###} heading: by a bold line
 * ({@code **Lesson Outline**}) or a deeper heading ({@code #### Lesson Outline}) inside another part of
 * the phase. It starts a part of its own there, as the heading would, so the student page has its text.
 */
final class OutlineParts {
    /** A paragraph that is one bold phrase, with or without a colon: {@code **Lesson Outline:**}. */
    private static final Pattern BOLD_LINE = Pattern.compile("^\\*\\*([^*\\n]+?):?\\*\\*:?$");
    /** A step's number: {@code 1. }, {@code 10. }. */
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,3}\\.\\s");

    private OutlineParts() {
    }

    /** The parts of a phase, one split where an outline named in its text starts; unchanged if a part is the outline. */
    static List<Part> split(List<Part> parts) {
        if (parts.stream().anyMatch(p -> PhaseSection.isOutline(p.heading()))) {
            return parts;
        }
        List<Part> out = new ArrayList<>();
        boolean found = false;
        for (Part part : parts) {
            List<Block> blocks = part.blocks();
            for (int i = 0; i < blocks.size() && !found; i++) {
                Optional<Inline> name = outlineName(blocks.get(i));
                if (name.isPresent()) {
                    out.add(new Part(part.line(), part.heading(), blocks.subList(0, i)));
                    part = new Part(blocks.get(i).line(), name.get(), blocks.subList(i + 1, blocks.size()));
                    found = true;
                }
            }
            out.add(part);
        }
        return out;
    }

    private static Optional<Inline> outlineName(Block block) {
        Optional<Inline> name = block instanceof Heading heading ? Optional.of(heading.text())
                : boldLine(block).map(phrase -> new Inline(phrase.strip(), block.line()));
        return name.filter(PhaseSection::isOutline);
    }

    /**
     * An outline without headings whose steps are titled by numbered bold lines ({@code **1. Context + Constraints**}),
     * with those lines as the headings they stand for, one level under the outline's own: the student page lists them
     * as its contents and links to each. Two at least, so that one bold line is not taken for a structure.
     */
    static List<Block> numberedTitlesAsHeadings(List<Block> blocks, int level) {
        if (blocks.stream().anyMatch(Heading.class::isInstance)
                || blocks.stream().filter(b -> numberedTitle(b).isPresent()).count() < 2) {
            return blocks;
        }
        return blocks.stream().map(b -> numberedTitle(b).<Block>map(title -> new Heading(b.line(), level, title))
                .orElse(b)).toList();
    }

    private static Optional<Inline> numberedTitle(Block block) {
        return boldLine(block).filter(phrase -> NUMBERED.matcher(phrase).lookingAt())
                .map(phrase -> ((Paragraph) block).text().at(phrase.strip(), 2));
    }

    /** The phrase of a paragraph that is one bold phrase ({@code **Prerequisite Audit:**}), without its colon. */
    static Optional<String> boldLine(Block block) {
        Matcher bold = block instanceof Paragraph paragraph ? BOLD_LINE.matcher(paragraph.text().markdown()) : null;
        return bold != null && bold.matches() ? Optional.of(bold.group(1)) : Optional.empty();
    }
}
