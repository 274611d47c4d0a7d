package dev.lectern.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A lesson's number in a text ({@code 7.2.1}), written as a link to that lesson ({@link LessonNumbers}). */
final class LessonNumberNode extends Node {
    private final LessonNumbers.Target target;

    LessonNumberNode(BasedSequence chars, LessonNumbers.Target target) {
        super(chars);
        this.target = target;
    }

    LessonNumbers.Target target() {
        return target;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
