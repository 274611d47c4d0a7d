package dev.lectern.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** A {@code $$ ... $$} (or {@code \[ ... \]}) formula standing as a block of its own. */
public final class DisplayMathBlock extends Block {
    private final String opening;
    private final String closing;
    private final StringBuilder tex = new StringBuilder();
    private boolean closed;

    DisplayMathBlock(String opening, String closing) {
        this.opening = opening;
        this.closing = closing;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    public String getTex() {
        return tex.toString().strip();
    }

    /** The fence as written, {@code $$} or {@code \[}. */
    public String getOpening() {
        return opening;
    }

    public String getClosing() {
        return closing;
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
