package dev.lectern.math;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@link MathRenderer} that asks {@link FormulaCache} first and its delegate only on a miss, so a
 * build whose formulas are all cached never starts the delegate's engine. Errors are cached too:
 * a TeX error is a property of the TeX. Thread-safe when the delegate is.
 */
public final class CachingMathRenderer implements MathRenderer {

    private final FormulaCache cache;
    private final MathRenderer delegate;

    public CachingMathRenderer(FormulaCache cache, MathRenderer delegate) {
        this.cache = cache;
        this.delegate = delegate;
    }

    /**
     * KaTeX in GraalJS behind an on-disk formula cache in {@code cacheDir}: the math stage the
     * composition root uses. GraalJS starts only when a formula misses the cache.
     */
    public static CachingMathRenderer standard(Path cacheDir) {
        return new CachingMathRenderer(new FormulaCache(cacheDir, KatexRenderer.cacheIdentity()),
                new KatexRenderer());
    }

    @Override
    public RenderedMath render(String tex, boolean displayMode) {
        String key = cache.key(tex, displayMode);
        Optional<RenderedMath> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        RenderedMath math = delegate.render(tex, displayMode);
        cache.put(key, math);
        return math;
    }

    /** Closes the delegate (the cache holds nothing open). */
    @Override
    public void close() {
        delegate.close();
    }
}
