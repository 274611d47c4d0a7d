package dev.lectern.site;

import dev.lectern.math.CachingMathRenderer;
import java.nio.file.Path;

/**
 * What the commands need of Lectern: check, build, close. A seam: {@link Lectern} is the real one, and
 * tests give the commands a stand-in through their own {@link Factory}.
 */
public interface Engine extends AutoCloseable {

    CheckResult check(Path contentDir);

    BuildResult build(Path contentDir, Path outputDir);

    @Override
    void close();

    /** Opens an engine over a formula cache; {@code Lectern::open} is the real one. */
    @FunctionalInterface
    interface Factory {
        Engine open(Path cacheDir);

        /** An engine for {@code serve}, which builds again and again; by default the same as {@link #open}. */
        default Engine openLongLived(Path cacheDir) {
            return open(cacheDir);
        }
    }

    /** The real engines: one-off for build and check, long-lived (keeping parsed and rendered lessons) for serve. */
    Factory LECTERN = new Factory() {
        @Override
        public Engine open(Path cacheDir) {
            return Lectern.open(cacheDir);
        }

        @Override
        public Engine openLongLived(Path cacheDir) {
            return Lectern.openLongLived(cacheDir, CachingMathRenderer.standard(cacheDir));
        }
    };
}
