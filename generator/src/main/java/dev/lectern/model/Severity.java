package dev.lectern.model;

import java.util.Locale;

/** How much a diagnostic matters; {@link #ERROR} fails a check. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word printed in reports, as compilers do: {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
