package dev.lectern.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.OptionalInt;
import org.jetbrains.annotations.NotNull;

/** A {@code $$ ... $$} formula standing as a block of its own. */
public final class DisplayMathBlock extends Block {
    private final StringBuilder tex = new StringBuilder();
    private int texStart = -1;
    private boolean closed;

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    public String getTex() {
        return tex.toString().strip();
    }

    /** The source offset of the TeX's first character; empty when the formula is blank. */
    public OptionalInt texStart() {
        return texStart < 0 ? OptionalInt.empty() : OptionalInt.of(texStart);
    }

    public boolean isClosed() {
        return closed;
    }

    /** Adds a line of the formula; {@code start} is its source offset. */
    void append(CharSequence text, int start) {
        if (texStart < 0 && !text.toString().isBlank()) {
            texStart = start + (text.length() - text.toString().stripLeading().length());
        }
        if (!tex.isEmpty()) {
            tex.append('\n');
        }
        tex.append(text);
    }

    void setClosed() {
        closed = true;
    }
}
