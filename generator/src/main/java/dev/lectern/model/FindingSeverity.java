package dev.lectern.model;

import java.util.Locale;

/** A review finding's severity, most severe first. */
public enum FindingSeverity {
    CRITICAL, IMPROVEMENT, POLISH;

    /** {@code Improvement}, as review summaries and pages write it. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
