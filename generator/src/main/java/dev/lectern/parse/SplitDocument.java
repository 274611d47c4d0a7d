package dev.lectern.parse;

import dev.lectern.model.Block;
import dev.lectern.model.Inline;
import dev.lectern.model.Part;
import java.util.List;
import java.util.Optional;

/**
 * A Markdown file cut at its headings: the title ({@code #}), the blocks before the first section,
 * and the sections ({@code ##}), each with its intro blocks and parts ({@code ###}).
 */
record SplitDocument(Optional<Inline> title, int titleLine, List<Block> preamble, List<Section> sections) {

    /** One {@code ##} section, not yet interpreted. */
    record Section(int line, Inline heading, List<Block> intro, List<Part> parts) {
    }
}
