package dev.lectern.model;

/** A planned example; {@code type} is the Type cell, {@link #polarity()} what it says. */
public record Example(int line, Inline example, Inline type, Inline purpose, Inline why) {

    /** Positive or negative, as the type cell starts; {@code OTHER} when it says neither. */
    public enum Polarity { POSITIVE, NEGATIVE, OTHER }

    public Polarity polarity() {
        String word = type.plain().toLowerCase(java.util.Locale.ROOT);
        if (word.startsWith("positive")) {
            return Polarity.POSITIVE;
        }
        if (word.startsWith("negative")) {
            return Polarity.NEGATIVE;
        }
        return Polarity.OTHER;
    }
}
