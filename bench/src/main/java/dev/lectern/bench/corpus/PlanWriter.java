package dev.lectern.bench.corpus;

import dev.lectern.bench.corpus.CourseLayout.Concept;
import dev.lectern.bench.corpus.CourseLayout.LessonSpot;
import dev.lectern.bench.corpus.CourseLayout.Module;
import dev.lectern.bench.corpus.CourseLayout.Series;
import java.util.SplittableRandom;

/**
 * The course files around the lessons, in the shapes the real corpus uses: {@code course.md}
 * (series and module status tables), a series {@code plan.md} (modules and lesson tables), a
 * module {@code plan.md} (lesson sequence) and a module {@code record.md} (concept index, which
 * the prerequisite tables are traced against, and per-lesson summaries).
 */
final class PlanWriter {

    private final CourseLayout layout;

    PlanWriter(CourseLayout layout) {
        this.layout = layout;
    }

    String course() {
        StringBuilder md = new StringBuilder("# Course: Synthetic Benchmark Course\n\n## Goal\n")
                .append("A generated course of ").append(layout.lessons().size())
                .append(" lessons for measuring Lectern's build. Every lesson is shaped like a real specification.\n\n")
                .append("## Series\n\n| Series | Title | Status | Description |\n|--------|-------|--------|-------------|\n");
        Prose p = new Prose(new SplittableRandom(layout.seed()));
        for (Series s : layout.series()) {
            md.append("| ").append(s.number()).append(" | ").append(s.title()).append(" | active | ")
                    .append(p.sentence()).append(" |\n");
        }
        md.append("\n## Module Status\n\n| Module | Title | Lessons | Status |\n|--------|-------|---------|--------|\n");
        for (Series s : layout.series()) {
            for (Module m : s.modules()) {
                md.append("| ").append(m.id()).append(" | ").append(m.title()).append(" | ")
                        .append(m.lessons().size()).append(" of ").append(m.lessons().size()).append(" | complete |\n");
            }
        }
        return md.append("\n## Progression\n").append(p.sentences(3, 4)).append('\n').toString();
    }

    String seriesPlan(Series series) {
        Prose p = new Prose(new SplittableRandom(layout.seed() * 13 + series.number()));
        StringBuilder md = new StringBuilder("# Series ").append(series.number()).append(": ").append(series.title())
                .append(" -- Plan\n\n**Status:** In progress\n**Prerequisites:** ").append(p.phrase())
                .append("\n\n## Series Goal\n\n").append(p.sentences(2, 3)).append("\n\n## Modules\n\n")
                .append("| Module | Title | Lessons | Status | Focus |\n|--------|-------|---------|--------|-------|\n");
        for (Module m : series.modules()) {
            md.append("| ").append(m.id()).append(" | ").append(m.title()).append(" | ").append(m.lessons().size())
                    .append(" | complete | ").append(p.sentence()).append(" |\n");
        }
        md.append("\n## Lessons\n");
        for (Module m : series.modules()) {
            md.append("\n### Module ").append(m.id()).append(": ").append(m.title()).append("\n\n")
                    .append("| # | Slug | Title | Description |\n|---|------|-------|-------------|\n");
            for (int g : m.lessons()) {
                LessonSpot lesson = layout.lesson(g);
                md.append("| ").append(lesson.inSeries()).append(" | ").append(lesson.slug()).append(" | ")
                        .append(lesson.title()).append(" | ").append(p.sentence()).append(" |\n");
            }
        }
        return md.append("\n## Scope Boundaries\n\n### Out of scope\n\n- ").append(p.phrase()).append('\n').toString();
    }

    String modulePlan(Module module) {
        Prose p = new Prose(new SplittableRandom(layout.seed() * 17 + module.series() * 1000L + module.number()));
        StringBuilder md = new StringBuilder("# Module ").append(module.id()).append(": ").append(module.title())
                .append(" -- Plan\n\n**Status:** Complete\n**Prerequisites:** ").append(p.phrase())
                .append("\n\n## Module Goal\n\n").append(p.sentences(2, 3)).append("\n\n## Narrative Arc\n\n")
                .append(p.sentences(3, 5)).append("\n\n## Lesson Sequence\n\n")
                .append("| # | Slug | Core Concept | Type | Status |\n|---|------|--------------|------|--------|\n");
        for (int g : module.lessons()) {
            LessonSpot lesson = layout.lesson(g);
            md.append("| ").append(lesson.inModule()).append(" | ").append(lesson.slug()).append(" | ")
                    .append(lesson.concepts().get(0).name()).append("; ").append(lesson.concepts().get(1).name())
                    .append(" | ").append(lesson.load()).append(" | built |\n");
        }
        return md.append("\n## Cognitive Load Trajectory\n\n").append(p.sentences(1, 2)).append('\n').toString();
    }

    String moduleRecord(Module module) {
        Prose p = new Prose(new SplittableRandom(layout.seed() * 19 + module.series() * 1000L + module.number()));
        StringBuilder md = new StringBuilder("# Module ").append(module.id()).append(": ").append(module.title())
                .append(" -- Record\n\n**Goal:** ").append(p.sentence()).append("\n**Status:** Complete (")
                .append(module.lessons().size()).append(" of ").append(module.lessons().size())
                .append(" lessons built)\n\n## Concept Index\n\n| Concept | Depth | Lesson | Notes |\n")
                .append("|---------|-------|--------|-------|\n");
        for (int g : module.lessons()) {
            LessonSpot lesson = layout.lesson(g);
            for (Concept c : lesson.concepts()) {
                md.append("| ").append(c.cell()).append(" | ").append(c.depth()).append(" | ").append(lesson.slug())
                        .append(" | ").append(p.sentences(1, 2)).append(" |\n");
            }
        }
        md.append("\n## Per-Lesson Summaries\n");
        for (int g : module.lessons()) {
            LessonSpot lesson = layout.lesson(g);
            md.append("\n### ").append(lesson.slug()).append(" (Lesson ").append(lesson.inModule()).append(")\n\n")
                    .append(p.sentences(2, 3)).append('\n');
        }
        return md.toString();
    }
}
