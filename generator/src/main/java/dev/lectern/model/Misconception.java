package dev.lectern.model;

/** A misconception, why a student would hold it, the example that disproves it, and where. */
public record Misconception(int line, Inline misconception, Inline whyTheyThinkIt, Inline negativeExample,
                            Inline whereAddressed) {
}
