package dev.lectern.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much a diagnostic matters; {@link #ERROR} fails a check. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word printed in reports, as compilers do: {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The severity {@code word} names as reports print it ({@code warning}), in any case, space around
     * ignored; empty for any other word. The one reader of severities in options and settings.
     */
    public static Optional<Severity> parse(String word) {
        String label = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(severity -> severity.label().equals(label)).findFirst();
    }

    /** Whether this is as severe as {@code least} or more: what a threshold ({@code --fail-on}, a listing) keeps. */
    public boolean atLeast(Severity least) {
        return compareTo(least) <= 0;
    }
}
