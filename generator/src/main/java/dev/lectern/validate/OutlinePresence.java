package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import dev.lectern.model.Part;
import dev.lectern.model.PhaseSection;
import dev.lectern.model.Rule;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code missing-outline}: the student page is the lesson outline ({@code ### Lesson Outline} under
 * Phase 3), or for a lesson recorded after it was built, its {@code ## What Was Actually Built}. With
 * neither, students get a page without text: reported at Phase 3, with the parts it has, where a
 * renamed outline would be. A lesson only begun (no phase, no review) is not reported, as the
 * planning checks leave it alone too.
 */
final class OutlinePresence implements CourseCheck {

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            boolean stub = lesson.phases().isEmpty() && lesson.reviews().isEmpty(); // a title and metadata, begun
            if (stub || lesson.outline().isPresent() || lesson.builtRecord().isPresent()) {
                continue;
            }
            Optional<PhaseSection> design = lesson.phase(3);
            String where = design.map(p -> p.parts().isEmpty() ? "; its Phase 3 has no ### parts"
                    : "; its Phase 3 has " + p.parts().stream().map(Part::heading).map(h -> "'" + h.plain() + "'")
                            .collect(Collectors.joining(", "))).orElse("; it has no Phase 3 section");
            sink.forFile(lesson.file()).report(Rule.MISSING_OUTLINE, design.map(PhaseSection::line).orElse(1), 1,
                    "no '### Lesson Outline' under Phase 3, so the student page has no lesson text" + where);
        }
    }
}
