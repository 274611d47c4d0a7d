package dev.lectern.model;

import java.util.Optional;

/** {@code ### Verdict: MAJOR REVISION}: the words as written, where they are, and what they mean, if known. */
public record Verdict(int line, int column, String text, Optional<Kind> kind) {

    /** The verdicts the format knows. */
    public enum Kind { PASS, NEEDS_REVISION, MAJOR_REVISION }

    public boolean isPass() {
        return kind.filter(Kind.PASS::equals).isPresent();
    }
}
