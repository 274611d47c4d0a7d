package dev.lectern.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A formula found in inline Markdown ({@code $...$} or {@code $$...$$}). It renders as a placeholder
 * token, replaced by KaTeX's markup once the HTML around it is written (and cleaned).
 */
final class MathNode extends Node {
    private final String tex;
    private final boolean display;
    private String placeholder = "";

    MathNode(BasedSequence chars, String tex, boolean display) {
        super(chars);
        this.tex = tex;
        this.display = display;
    }

    String tex() {
        return tex;
    }

    boolean display() {
        return display;
    }

    String placeholder() {
        return placeholder;
    }

    void placeholder(String token) {
        this.placeholder = token;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
