package dev.lectern.math;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The HTML shown in place of a formula that could not be typeset: the escaped source, with the
 * message as a tooltip, marked {@code data-component="MathError"} so styles and tests find it.
 */
public final class MathErrorBox {

    /** Names the markup below in cache keys: change it when the markup changes. */
    static final String FORMAT = "error-box-2";

    private static final String TIME_LIMIT_PREFIX = "formula passed the time limit of ";

    private MathErrorBox() {
    }

    public static RenderedMath failed(String tex, boolean displayMode, String message) {
        String tag = displayMode ? "div" : "span";
        String classes = displayMode ? "lectern-math-error lectern-math-error-display" : "lectern-math-error";
        String html = "<" + tag + " class=\"" + classes + "\" data-component=\"MathError\" title=\""
                + Escaping.escapeHtml(message, false) + "\">" + Escaping.escapeHtml(tex, false) + "</" + tag + ">";
        return RenderedMath.failed(html, message);
    }

    /** A formula stopped by the time limit. Not cached: it depends on the machine, not the TeX. */
    public static RenderedMath timedOut(String tex, boolean displayMode, java.time.Duration limit) {
        return failed(tex, displayMode, TIME_LIMIT_PREFIX + limit.toMillis() + " ms and was stopped");
    }

    /** Whether {@code math} failed because it ran too long (rather than because of its TeX). */
    public static boolean isTimeLimit(RenderedMath math) {
        return math.error().map(message -> message.startsWith(TIME_LIMIT_PREFIX)).orElse(false);
    }
}
