package dev.lectern.testing;

import dev.lectern.math.MathRenderer;
import dev.lectern.render.RenderCache;
import dev.lectern.render.SiteRenderer;
import dev.lectern.validate.ChecklistClaims;

/** The renderer of a one-off build, with the constructor the composition root uses. */
public final class SiteRenderers {

    private SiteRenderers() {
    }

    /** Renders each lesson on the calling thread and remembers nothing between renders. */
    public static SiteRenderer oneOff(MathRenderer math) {
        return new SiteRenderer(math, Runnable::run, RenderCache.none(), new ChecklistClaims());
    }
}
