package dev.lectern.math;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link MathRenderer} that asks {@link FormulaCache} first and its delegate only on a miss, so a
 * build whose formulas are all cached never starts the delegate's engine. Errors are cached too:
 * a TeX error is a property of the TeX. Thread-safe when the delegate is.
 */
public final class CachingMathRenderer implements MathRenderer {

    private final FormulaCache cache;
    private final MathRenderer delegate;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public CachingMathRenderer(FormulaCache cache, MathRenderer delegate) {
        this.cache = cache;
        this.delegate = delegate;
    }

    @Override
    public RenderedMath render(String tex, boolean displayMode) {
        String key = cache.key(tex, displayMode);
        Optional<RenderedMath> cached = cache.get(key);
        if (cached.isPresent()) {
            hits.incrementAndGet();
            return cached.get();
        }
        misses.incrementAndGet();
        RenderedMath math = delegate.render(tex, displayMode);
        cache.put(key, math);
        return math;
    }

    /** Hits and misses since this renderer was created. */
    public CacheStats stats() {
        return new CacheStats(hits.get(), misses.get(), cache.corruptEntries(), cache.writeFailures());
    }

    /** Closes the delegate, and the cache (which finishes writing its entries). */
    @Override
    public void close() {
        try {
            delegate.close();
        } finally {
            cache.close();
        }
    }
}
