package dev.lectern.model;

/**
 * A displayed formula. {@code source} is what the author wrote: TeX between {@code $$}, or a
 * plain-text equation such as {@code L_ADD = L_diffusion + lambda * L_adversarial}, which
 * {@code tex} holds translated. {@code texLine} and {@code texColumn} are where what the author wrote
 * starts (after an opening {@code $$}, on its line or the next), where a TeX error is reported.
 */
public record MathBlock(int line, String tex, String source, Origin origin, int texLine, int texColumn)
        implements Block {

    /** Where the TeX came from. */
    public enum Origin { TEX, PLAIN_EQUATION }

    @Override
    public String kind() {
        return "math";
    }
}
