package dev.lectern.math;

import java.nio.file.Path;

/** Builds the math stage the composition root uses. */
public final class MathEngines {

    private MathEngines() {
    }

    /**
     * KaTeX in GraalJS behind an on-disk formula cache in {@code cacheDir}. GraalJS starts only when a
     * formula misses the cache. Close it to end the engine.
     */
    public static CachingMathRenderer standard(Path cacheDir) {
        return new CachingMathRenderer(new FormulaCache(cacheDir, KatexRenderer.cacheIdentity()),
                new KatexRenderer());
    }
}
