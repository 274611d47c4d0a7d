package dev.lectern.math;

import java.util.Optional;

/**
 * A typeset formula: KaTeX's HTML (with MathML), or, when {@code error} is present, an error box
 * showing the source. {@code error} is KaTeX's message or says the time limit was passed.
 */
public record RenderedMath(String html, Optional<String> error) {

    public static RenderedMath ok(String html) {
        return new RenderedMath(html, Optional.empty());
    }

    public static RenderedMath failed(String html, String error) {
        return new RenderedMath(html, Optional.of(error));
    }
}
