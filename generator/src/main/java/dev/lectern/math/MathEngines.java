package dev.lectern.math;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Builds the math stage the composition root uses. */
public final class MathEngines {

    private MathEngines() {
    }

    /** {@link #standard(Path, MathEngineChoice)} with {@link MathEngineChoice#AUTO}. */
    public static CachingMathRenderer standard(Path cacheDir) {
        return standard(cacheDir, MathEngineChoice.AUTO);
    }

    /**
     * KaTeX behind an on-disk formula cache in {@code cacheDir}, typesetting misses in the engine
     * {@code choice} names (Node found through {@code LECTERN_NODE} or the {@code PATH}). Nothing starts,
     * not even the probe for {@code node}, until a formula misses the cache; then one line on standard
     * error says which engine typesets. Both engines give the same HTML, so they share cache entries.
     * Close it to end the engine.
     */
    public static CachingMathRenderer standard(Path cacheDir, MathEngineChoice choice) {
        return standard(cacheDir, choice, System.err::println);
    }

    /** The same with the one-line notice going to {@code notices} (the command's error stream). */
    public static CachingMathRenderer standard(Path cacheDir, MathEngineChoice choice, Consumer<String> notices) {
        return standard(cacheDir, choice, NodeCommand.from(System.getenv()), KatexRenderer::new, notices);
    }

    /** The same with where node is, the GraalJS renderer (for tests: a shared one) and where notices go. */
    static CachingMathRenderer standard(Path cacheDir, MathEngineChoice choice, NodeCommand node,
                                        Supplier<? extends MathRenderer> graalJs, Consumer<String> notices) {
        MathRenderer engine = switch (choice) {
            case AUTO, NODE -> new NodeKatexRenderer(node, KatexRenderer.DEFAULT_TIME_LIMIT,
                    KatexRenderer.defaultWorkers(), choice, graalJs, notices);
            case GRAALJS -> announced(graalJs.get(), notices,
                    "lectern: typesetting formulas with KaTeX " + KatexBundle.version() + " in GraalJS");
        };
        return new CachingMathRenderer(new FormulaCache(cacheDir, KatexRenderer.cacheIdentity()), engine);
    }

    /** {@code renderer}, saying {@code notice} before its first formula. */
    private static MathRenderer announced(MathRenderer renderer, Consumer<String> notices, String notice) {
        AtomicBoolean said = new AtomicBoolean();
        return new MathRenderer() {
            @Override
            public RenderedMath render(String tex, boolean displayMode) {
                if (!said.getAndSet(true)) {
                    notices.accept(notice);
                }
                return renderer.render(tex, displayMode);
            }

            @Override
            public void close() {
                renderer.close();
            }
        };
    }
}
