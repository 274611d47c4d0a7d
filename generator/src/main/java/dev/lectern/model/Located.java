package dev.lectern.model;

/** A value and the source line it was read from. */
public record Located<T>(T value, int line) {
}
