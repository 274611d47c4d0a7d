package dev.lectern.math;

import java.util.Optional;

/**
 * The math engine asked for explicitly ({@link MathEngineChoice#NODE}) cannot run here. An environment
 * problem, not a bug: front ends print its message as one line.
 */
public final class MathEngineUnavailableException extends IllegalStateException {

    public MathEngineUnavailableException(String message) {
        super(message);
    }

    /**
     * The one in {@code failure} or its causes: formulas are typeset from inside templates, which wrap
     * what a formula throws.
     */
    public static Optional<MathEngineUnavailableException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MathEngineUnavailableException unavailable) {
                return Optional.of(unavailable);
            }
        }
        return Optional.empty();
    }
}
