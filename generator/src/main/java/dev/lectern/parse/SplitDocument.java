package dev.lectern.parse;

import dev.lectern.model.Block;
import dev.lectern.model.Inline;
import dev.lectern.model.LinkDefinition;
import dev.lectern.model.Part;
import java.util.List;
import java.util.Optional;

/**
 * A Markdown file cut at its headings: the title ({@code #}), the blocks before the first section,
 * and the sections ({@code ##}), each with its intro blocks and parts ({@code ###}); and its link
 * reference definitions, which are not blocks: texts anywhere in the file link through them.
 */
record SplitDocument(Optional<Inline> title, List<Block> preamble, List<Section> sections, List<LinkDefinition> links) {

    /** One {@code ##} section, not yet interpreted. */
    record Section(int line, Inline heading, List<Block> intro, List<Part> parts) {
    }
}
