package dev.lectern.math;

import java.util.Locale;

/**
 * Which JavaScript engine typesets the formulas that miss the cache. Both run the same KaTeX with the
 * same options and give the same HTML, so the choice changes speed only, never output or cache keys.
 */
public enum MathEngineChoice {
    /** Node when a usable {@code node} answers (version 18 or later), else GraalJS. */
    AUTO,
    /** Node worker processes; fails when {@code node} is not usable. */
    NODE,
    /** KaTeX in GraalJS, inside the JVM (interpreted on a stock JDK: slow, but needs nothing else). */
    GRAALJS;

    /** {@code auto}, {@code node} or {@code graaljs}, in any case (for the Maven parameter). */
    public static MathEngineChoice parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown math engine '" + name + "': use auto, node or graaljs", e);
        }
    }
}
