package dev.lectern.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** A {@code $$ ... $$} formula standing as a block of its own. */
public final class DisplayMathBlock extends Block {
    private final StringBuilder tex = new StringBuilder();
    private boolean closed;

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    public String getTex() {
        return tex.toString().strip();
    }

    public boolean isClosed() {
        return closed;
    }

    void append(CharSequence text) {
        if (!tex.isEmpty()) {
            tex.append('\n');
        }
        tex.append(text);
    }

    void setClosed() {
        closed = true;
    }
}
