package dev.lectern.validate;

import dev.lectern.model.CognitiveLoad;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata.Ordinal;
import dev.lectern.model.Located;
import dev.lectern.model.ModulePlan;
import dev.lectern.model.ModulePlan.PlannedLesson;
import dev.lectern.model.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code stretch-after-stretch}: two STRETCH lessons in a row in a module leave the student no time to
 * consolidate. The order is the module plan's; each lesson's load is its own cognitive load field
 * when it is written and states one (it is the later word), else the plan's Type. The second lesson
 * is reported at its cognitive load field, or at its plan row when the STRETCH comes from the plan.
 * Modules without a plan are ordered by the lessons' stated positions.
 */
final class StretchSequence implements CourseCheck {
    /** A plan's note on its STRETCH lessons in a row: {@code back-to-back STRETCH}, {@code consecutive STRETCH lessons}. */
    private static final Pattern ACKNOWLEDGED = Pattern.compile(
            "(?i)\\b(?:back[- ]to[- ]back|consecutive|two|in a row)\\b[^.]{0,40}\\bSTRETCH\\b|\\bSTRETCH\\b[^.]{0,40}\\bin a row\\b");

    /** A lesson in module order, its load and where that load is stated. */
    private record Step(String slug, Optional<CognitiveLoad> load, String file, int line, int column) {
        boolean stretch() {
            return load.equals(Optional.of(CognitiveLoad.STRETCH));
        }
    }

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (ModulePlan plan : content.modulePlans()) {
            List<Step> steps = plan.lessons().stream().map(p -> planned(p, plan, content)).toList();
            report(steps, plan.moduleId(), acknowledged(plan), sink);
        }
        for (Map.Entry<String, List<Lesson>> module : unplannedModules(content).entrySet()) {
            Map<Integer, Step> byPosition = new TreeMap<>();
            for (Lesson lesson : module.getValue()) {
                Optional<Integer> index = lesson.metadata().position().flatMap(p -> p.inModule()).map(Ordinal::index);
                Optional<Step> step = stated(lesson);
                if (index.isPresent() && step.isPresent()) {
                    byPosition.putIfAbsent(index.get(), step.get());
                }
            }
            Step previous = null;
            int previousIndex = -1;
            for (Map.Entry<Integer, Step> entry : byPosition.entrySet()) {
                if (previous != null && entry.getKey() == previousIndex + 1) {
                    report(List.of(previous, entry.getValue()), module.getKey(), "", sink);
                }
                previous = entry.getValue();
                previousIndex = entry.getKey();
            }
        }
    }

    /**
     * Where the plan says why its STRETCH lessons follow each other ({@code Note: lessons 3-4 are back-to-back
     * STRETCH. Acceptable because ...}), quoted, so that the reviewer weighs its reason; empty when it has none.
     */
    private static String acknowledged(ModulePlan plan) {
        return NewConceptCount.notes("the plan", plan.file() + ":",
                LessonText.of(Optional.empty(), plan.sections()).stream(), ACKNOWLEDGED);
    }

    private static void report(List<Step> steps, String moduleId, String acknowledged, DiagnosticSink sink) {
        for (int i = 1; i < steps.size(); i++) {
            Step previous = steps.get(i - 1);
            Step current = steps.get(i);
            if (previous.stretch() && current.stretch()) {
                sink.forFile(current.file()).report(Rule.STRETCH_AFTER_STRETCH, current.line(), current.column(), "'"
                        + current.slug() + "' is STRETCH right after '" + previous.slug() + "', also STRETCH, in module "
                        + moduleId + "; put a BUILD or CONSOLIDATE lesson between them" + acknowledged);
            }
        }
    }

    private static Step planned(PlannedLesson planned, ModulePlan plan, CourseContent content) {
        return content.lesson(planned.slug()).flatMap(StretchSequence::stated)
                .orElse(new Step(planned.slug(), planned.type(), plan.file(), planned.line(),
                        Math.max(planned.typeText().column(), 1)));
    }

    /** The load a written lesson states, located at its field. */
    private static Optional<Step> stated(Lesson lesson) {
        Optional<Located<CognitiveLoad>> load = lesson.metadata().cognitiveLoad();
        return load.map(l -> new Step(lesson.slug(), Optional.of(l.value()), lesson.file(), l.line(),
                MetadataFields.column(lesson.metadata(), l.line(), MetadataFields.COGNITIVE_LOAD_KEYS)));
    }

    /** Written lessons of modules that have no plan, by module, in file order. */
    private static Map<String, List<Lesson>> unplannedModules(CourseContent content) {
        Map<String, List<Lesson>> modules = new TreeMap<>();
        for (Lesson lesson : content.lessons()) {
            lesson.moduleId().filter(id -> content.modulePlan(id).isEmpty())
                    .ifPresent(id -> modules.computeIfAbsent(id, k -> new ArrayList<>()).add(lesson));
        }
        return modules;
    }
}
