package dev.lectern.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * A {@code :::name{key=value ...}} ... {@code :::} container in the Flexmark tree. It keeps its
 * source segments (fence, name, attributes) so diagnostics can point at them; its children are
 * ordinary Markdown blocks.
 */
public final class DirectiveBlock extends Block {
    private BasedSequence openingFence = BasedSequence.NULL;
    private BasedSequence name = BasedSequence.NULL;
    private BasedSequence attributes = BasedSequence.NULL;
    private BasedSequence label = BasedSequence.NULL;
    private boolean closed;

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return new BasedSequence[] {openingFence, name, label, attributes};
    }

    public BasedSequence getName() {
        return name;
    }

    public BasedSequence getAttributes() {
        return attributes;
    }

    /** The title written after the name, {@code :::tip Title} or {@code :::tip[Title]}; NULL when none. */
    public BasedSequence getLabel() {
        return label;
    }

    /** An admonition, {@code !!! tip "Title"}, whose indentation holds its body, not a fence. */
    public boolean isAdmonition() {
        return openingFence.length() > 0 && openingFence.charAt(0) != ':';
    }

    /** The opening as a message names it: {@code :::tip}, {@code !!! tip}. */
    public String written() {
        return isAdmonition() ? openingFence + " " + name : ":::" + name;
    }

    /** False when the file ended before the closing fence. */
    public boolean isClosed() {
        return closed;
    }

    void setOpening(BasedSequence openingFence, BasedSequence name, BasedSequence label, BasedSequence attributes) {
        this.openingFence = openingFence;
        this.name = name;
        this.label = label;
        this.attributes = attributes;
    }

    void setClosed(boolean closed) {
        this.closed = closed;
    }
}
