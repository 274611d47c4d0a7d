package dev.lectern.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** A line of colons: the end of a directive, or a stray fence when no directive is open. */
public final class DirectiveFence extends Block {
    @Override
    public @NotNull BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
