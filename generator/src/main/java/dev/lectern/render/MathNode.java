package dev.lectern.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A formula found in inline Markdown ({@code $...$} or {@code $$...$$}). It renders as the placeholder
 * its typesetter gives, asked for only when the formula is written (not for one in an image's alt text).
 */
final class MathNode extends Node {
    private final String tex;
    private final boolean display;
    private InlineMarkdown.Typesetter typesetter;

    MathNode(BasedSequence chars, String tex, boolean display) {
        super(chars);
        this.tex = tex;
        this.display = display;
    }

    boolean display() {
        return display;
    }

    String placeholder() {
        return typesetter.typeset(tex, display, getStartOffset());
    }

    void typesetter(InlineMarkdown.Typesetter typesetter) {
        this.typesetter = typesetter;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
