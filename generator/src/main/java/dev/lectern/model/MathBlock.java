package dev.lectern.model;

/**
 * A displayed formula. {@code source} is what the author wrote: TeX between {@code $$}, or a
 * plain-text equation such as {@code L_ADD = L_diffusion + lambda * L_adversarial}, which
 * {@code tex} holds translated.
 */
public record MathBlock(int line, String tex, String source, Origin origin) implements Block {

    /** Where the TeX came from. */
    public enum Origin { TEX, PLAIN_EQUATION }

    @Override
    public String kind() {
        return "math";
    }
}
