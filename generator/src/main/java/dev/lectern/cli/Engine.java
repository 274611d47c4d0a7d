package dev.lectern.cli;

import dev.lectern.math.CachingMathRenderer;
import dev.lectern.site.BuildResult;
import dev.lectern.site.CheckResult;
import dev.lectern.site.Lectern;
import java.nio.file.Path;

/**
 * What the commands need from {@link Lectern}. A seam: tests give the commands a stand-in, the
 * real command line gives them Lectern itself through {@link #lectern(Path)}.
 */
public interface Engine extends AutoCloseable {

    CheckResult check(Path contentDir);

    BuildResult build(Path contentDir, Path outputDir);

    @Override
    void close();

    /** Opens an engine over a formula cache; {@code Engine::lectern} is the real one. */
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
            return lectern(cacheDir);
        }

        @Override
        public Engine openLongLived(Path cacheDir) {
            return of(Lectern.openLongLived(cacheDir, CachingMathRenderer.standard(cacheDir)));
        }
    };

    static Engine lectern(Path cacheDir) {
        return of(Lectern.open(cacheDir));
    }

    private static Engine of(Lectern lectern) {
        return new Engine() {
            @Override
            public CheckResult check(Path contentDir) {
                return lectern.check(contentDir);
            }

            @Override
            public BuildResult build(Path contentDir, Path outputDir) {
                return lectern.build(contentDir, outputDir);
            }

            @Override
            public void close() {
                lectern.close();
            }
        };
    }
}
