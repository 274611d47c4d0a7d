package dev.lectern.model;

/** A new concept, the prior concept it connects to, and how. */
public record Connection(int line, Inline newConcept, Inline connectsTo, Inline how) {
}
