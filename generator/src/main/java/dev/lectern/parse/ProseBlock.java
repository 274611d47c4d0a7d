package dev.lectern.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * A paragraph kept as its text: the model holds inline Markdown as text, which the renderer parses,
 * so Flexmark does not parse it here ({@link ProseParagraphs}).
 */
public final class ProseBlock extends Block {
    private final String text;
    private final boolean overBudget;

    /** @param chars the source it stands for; {@code text} without the markers of lists and quotes */
    ProseBlock(BasedSequence chars, String text, boolean overBudget) {
        super(chars);
        this.text = text;
        this.overBudget = overBudget;
    }

    public String getText() {
        return text;
    }

    /** True when its inline syntax is more than {@link InlineBudget} allows: it is shown as plain text. */
    public boolean isOverBudget() {
        return overBudget;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
