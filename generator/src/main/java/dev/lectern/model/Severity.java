package dev.lectern.model;

import java.util.Locale;

/** How much a diagnostic matters; {@link #ERROR} fails a check. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word printed in reports, as compilers do: {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is as severe as {@code least} or more: what a threshold ({@code --fail-on}, a listing) keeps. */
    public boolean atLeast(Severity least) {
        return compareTo(least) <= 0;
    }
}
