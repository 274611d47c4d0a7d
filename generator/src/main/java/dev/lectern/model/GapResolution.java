package dev.lectern.model;

/** How one gap is resolved. */
public record GapResolution(int line, Inline gap, Inline size, Inline resolution) {
}
