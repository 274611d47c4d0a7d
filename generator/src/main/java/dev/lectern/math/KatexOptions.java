package dev.lectern.math;

/**
 * The one KaTeX options object Lectern uses, as JSON, so the GraalJS renderer, the Node
 * comparison test and the cache key all read the same text. {@code displayMode} is added per call.
 *
 * <ul>
 *   <li>{@code output: "htmlAndMathml"}: the MathML copy is what screen readers read.</li>
 *   <li>{@code throwOnError: true}: an error comes back as a message, not as red HTML.</li>
 *   <li>{@code trust: false}: no {@code \href}, {@code \includegraphics}, {@code \htmlClass}...</li>
 *   <li>{@code strict: "ignore"}: LaTeX-incompatible input is accepted silently, so nothing is
 *       printed to the console and the output equals Node's.</li>
 *   <li>{@code maxSize: 20} (em) and {@code maxExpand: 1000}: stop huge boxes and macro bombs.</li>
 * </ul>
 */
public final class KatexOptions {

    public static final String JSON = "{\"output\":\"htmlAndMathml\",\"throwOnError\":true,"
            + "\"trust\":false,\"strict\":\"ignore\",\"maxSize\":20,\"maxExpand\":1000}";

    private KatexOptions() {
    }
}
