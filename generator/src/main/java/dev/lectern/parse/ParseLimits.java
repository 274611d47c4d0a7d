package dev.lectern.parse;

/**
 * The limits on what one content file may ask of the parser, the same on every machine. A file
 * over {@link #maxFileBytes()} is reported and not read; within it, the work of each file is
 * linear in its size ({@link NestingLimit}, {@link InlineBudget}).
 *
 * @param maxFileBytes the largest content file that is read (the real course's largest is 135 KB)
 */
public record ParseLimits(long maxFileBytes) {
    public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;

    public ParseLimits {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
    }

    public static ParseLimits defaults() {
        return new ParseLimits(DEFAULT_MAX_FILE_BYTES);
    }
}
