package dev.lectern.parse;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.function.Function;
import org.jetbrains.annotations.NotNull;

/**
 * Registers one of our block parsers with Flexmark, with no ordering constraints on others.
 * Flexmark tells registrations apart by class, so each parser has its own subclass.
 */
abstract class BlockFactory implements CustomBlockParserFactory, Unordered {
    private final Function<DataHolder, BlockParserFactory> starts;

    protected BlockFactory(Function<DataHolder, BlockParserFactory> starts) {
        this.starts = starts;
    }

    @Override
    public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
        return starts.apply(options);
    }
}
