package dev.lectern.model;

/** A planned modality: what it shows and why this modality suits the concept. */
public record Modality(int line, Inline modality, Inline what, Inline rationale) {
}
