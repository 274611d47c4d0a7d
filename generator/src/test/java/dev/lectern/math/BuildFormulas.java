package dev.lectern.math;

import dev.lectern.testing.SiteRenderers;
import dev.lectern.testing.RenderedFiles;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.testing.EditedContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every distinct formula a build of a content folder typesets, in the order it asks for them. */
final class BuildFormulas {

    private BuildFormulas() {
    }

    static List<Formula> of(Path contentDir) {
        Set<Formula> asked = new LinkedHashSet<>();
        MathRenderer recorder = (tex, display) -> {
            synchronized (asked) {
                asked.add(new Formula(tex, display));
            }
            return RenderedMath.ok("");
        };
        RenderedFiles.of(SiteRenderers.oneOff(recorder), EditedContent.load(contentDir), new DiagnosticCollector());
        synchronized (asked) {
            return List.copyOf(new ArrayList<>(asked));
        }
    }
}
