package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/** {@code Phase 1: Orient}, {@code Phase 2: Analyze} or {@code Phase 3: Design}. */
public record PhaseSection(int line, Inline heading, int number, List<Block> intro, List<Part> parts)
        implements Section {
    public PhaseSection {
        intro = List.copyOf(intro);
        parts = List.copyOf(parts);
    }

    @Override
    public String kind() {
        return "phase";
    }

    /** The part the student page is made of: {@code ### Lesson Outline} (or {@code ### Outline}, numbered or not). */
    public Optional<Part> outline() {
        return parts.stream().filter(p -> isOutline(p.heading())).findFirst();
    }

    public static boolean isOutline(Inline heading) {
        String name = heading.name();
        return name.startsWith("lesson outline") || name.startsWith("outline");
    }
}
