package dev.lectern.math;

import java.util.ArrayList;
import java.util.List;
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

    /** As {@link #render} for each, the misses handed to the delegate together, in order. */
    @Override
    public List<RenderedMath> renderAll(List<Formula> formulas) {
        RenderedMath[] results = new RenderedMath[formulas.size()];
        List<Integer> missed = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < formulas.size(); i++) {
            Formula formula = formulas.get(i);
            String key = cache.key(formula.tex(), formula.display());
            Optional<RenderedMath> cached = cache.get(key);
            if (cached.isPresent()) {
                results[i] = cached.get();
            } else {
                missed.add(i);
                keys.add(key);
            }
        }
        if (!missed.isEmpty()) {
            List<RenderedMath> typeset = delegate.renderAll(missed.stream().map(formulas::get).toList());
            for (int m = 0; m < missed.size(); m++) {
                results[missed.get(m)] = typeset.get(m);
                cache.put(keys.get(m), typeset.get(m));
            }
        }
        return List.of(results);
    }

    /** Closes the delegate (the cache holds nothing open). */
    @Override
    public void close() {
        delegate.close();
    }
}
