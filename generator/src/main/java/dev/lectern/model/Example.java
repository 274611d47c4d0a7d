package dev.lectern.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** A planned example; {@code type} is the Type cell, {@link #polarity()} what it says. */
public record Example(int line, Inline example, Inline type, Inline purpose, Inline why) {
    private static final Pattern POSITIVE = Pattern.compile("\\bpositive\\b");
    private static final Pattern NEGATIVE = Pattern.compile("\\bnegative\\b");

    /** Positive or negative, or neither. */
    public enum Polarity { POSITIVE, NEGATIVE, OTHER }

    /**
     * Positive or negative: as the type cell starts ({@code Positive (contrastive)}), else as the one
     * polarity it names ({@code Interactive positive}); {@code OTHER} when it names neither or both.
     */
    public Polarity polarity() {
        String words = type.plain().toLowerCase(Locale.ROOT);
        if (words.startsWith("positive")) {
            return Polarity.POSITIVE;
        }
        if (words.startsWith("negative")) {
            return Polarity.NEGATIVE;
        }
        boolean positive = POSITIVE.matcher(words).find();
        boolean negative = NEGATIVE.matcher(words).find();
        if (positive == negative) {
            return Polarity.OTHER;
        }
        return positive ? Polarity.POSITIVE : Polarity.NEGATIVE;
    }
}
