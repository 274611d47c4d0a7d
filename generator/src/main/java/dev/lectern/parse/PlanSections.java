package dev.lectern.parse;

import dev.lectern.model.PlainSection;
import dev.lectern.model.Section;
import java.util.List;

/** Plans and records keep their sections as written, for display. */
final class PlanSections {

    private PlanSections() {
    }

    static List<Section> of(SplitDocument document) {
        return document.sections().stream()
                .<Section>map(s -> new PlainSection(s.line(), s.heading(), s.intro(), s.parts()))
                .toList();
    }
}
