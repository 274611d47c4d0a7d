package dev.lectern.model;

/** How deeply a concept has been taught, lowest to highest. */
public enum Depth {
    MENTIONED, INTRODUCED, DEVELOPED, APPLIED;

    public boolean atLeast(Depth other) {
        return compareTo(other) >= 0;
    }
}
