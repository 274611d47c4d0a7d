package dev.lectern.render;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CardGrid;
import dev.lectern.model.GradientCard;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.ListBlock;
import dev.lectern.model.Part;
import dev.lectern.model.Quote;
import dev.lectern.model.Section;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Element ids for a lesson's headings, sections and parts, keyed by source line. They are assigned
 * once for the whole lesson in document order, so the same heading has the same id on every page
 * and duplicates get a numeric suffix.
 */
final class Anchors {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    private final Map<Integer, String> byLine = new HashMap<>();
    private final Ids ids = new Ids();

    static Anchors of(Lesson lesson) {
        Anchors anchors = new Anchors();
        anchors.walkBlocks(lesson.preamble());
        for (Section section : lesson.sections()) {
            anchors.assign(section.line(), section.heading());
            anchors.walkBlocks(section.intro());
            for (Part part : section.parts()) {
                anchors.assign(part.line(), part.heading());
                anchors.walkBlocks(part.blocks());
            }
        }
        return anchors;
    }

    static Anchors none() {
        return new Anchors();
    }

    /** The id for the element at {@code line}; one is made up for elements not seen while walking. */
    String id(int line, Inline text) {
        String id = byLine.get(line);
        return id != null ? id : assign(line, text);
    }

    private String assign(int line, Inline text) {
        String base = slug(text.plain());
        if (base.isEmpty()) {
            base = "line-" + line;
        }
        String id = ids.unique(base);
        byLine.put(line, id);
        return id;
    }

    private void walkBlocks(List<? extends Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                assign(heading.line(), heading.text());
            } else if (block instanceof Quote quote) {
                walkBlocks(quote.blocks());
            } else if (block instanceof ListBlock list) {
                list.items().forEach(item -> walkBlocks(item.blocks()));
            } else if (block instanceof GradientCard card) {
                walkBlocks(card.body());
            } else if (block instanceof CardGrid grid) {
                walkBlocks(grid.cards());
            } else if (block instanceof Callout callout) {
                walkBlocks(callout.body());
            }
        }
    }

    static String slug(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (slug.length() > 60) {
            slug = TRAILING_DASHES.matcher(slug.substring(0, 60)).replaceAll("");
        }
        return slug;
    }

    /** Names each used once; a repeat gets a numeric suffix ({@code intro-2}). */
    static final class Ids {
        private final Set<String> used = new HashSet<>();

        String unique(String base) {
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }
    }
}
