package dev.lectern.model;

import java.util.List;

/**
 * A labelled field of a review finding ({@code **Issue:** text}): the text after its label, and the blocks the
 * reviewer wrote under it before the next field (the steps of a worked example, a paragraph after them).
 */
public record FindingField(Inline text, List<Block> blocks) {
    public FindingField {
        blocks = List.copyOf(blocks);
    }
}
