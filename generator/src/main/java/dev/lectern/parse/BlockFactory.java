package dev.lectern.parse;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import java.util.function.Function;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Registers one of our block parsers with Flexmark, with no ordering constraints on others.
 * Flexmark tells registrations apart by class, so each parser has its own subclass.
 */
abstract class BlockFactory implements CustomBlockParserFactory {
    private final Function<DataHolder, BlockParserFactory> starts;

    protected BlockFactory(Function<DataHolder, BlockParserFactory> starts) {
        this.starts = starts;
    }

    @Override
    public @Nullable Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public @Nullable Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }

    @Override
    public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
        return starts.apply(options);
    }
}
