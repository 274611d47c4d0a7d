package dev.lectern.bench.corpus;

import dev.lectern.bench.corpus.CourseLayout.Concept;
import dev.lectern.bench.corpus.CourseLayout.LessonSpot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one lesson specification shaped like the seed: metadata, the three phases with their
 * planning tables, a lesson outline with GradientCards (prose and directive syntax), ComparisonRows,
 * callouts and five formulas, two reviews (the first with findings, the second passing with a
 * resolution check) and ticked checklists. Prerequisites cite concepts earlier lessons teach, at
 * the depth their module records list, so the validator has real tracing to do; the content is
 * meant to check without errors.
 */
final class LessonWriter {

    private static final List<String> COLORS = List.of(
            "amber", "blue", "cyan", "orange", "purple", "emerald", "rose", "violet", "sky");

    private final CourseLayout layout;
    private final Formulas formulas;

    LessonWriter(CourseLayout layout, Formulas formulas) {
        this.layout = layout;
        this.formulas = formulas;
    }

    /** A concept taught by an earlier lesson, as this lesson cites it. */
    private record Cited(Concept concept, LessonSpot source) {
    }

    String write(LessonSpot lesson) {
        Prose p = new Prose(new SplittableRandom(layout.seed() * 7_919L + lesson.index()));
        List<Cited> known = known(lesson, p);
        StringBuilder md = new StringBuilder(70_000);
        metadata(md, lesson);
        phaseOne(md, lesson, known, p);
        Cited gap = phaseTwo(md, lesson, known, p);
        phaseThree(md, lesson, known, gap, p);
        outline(md, lesson, known, p);
        reviews(md, lesson, p);
        checklists(md, lesson, gap);
        return md.toString();
    }

    /** Concepts of up to a dozen earlier lessons, most recent first. */
    private List<Cited> known(LessonSpot lesson, Prose p) {
        List<Cited> cited = new ArrayList<>();
        for (int g = lesson.index() - 1; g >= 0 && g >= lesson.index() - 12; g--) {
            LessonSpot source = layout.lesson(g);
            for (Concept c : source.concepts()) {
                cited.add(new Cited(c, source));
            }
        }
        if (lesson.index() > 20) {
            LessonSpot older = layout.lesson(p.between(0, lesson.index() - 13));
            older.concepts().forEach(c -> cited.add(new Cited(c, older)));
        }
        return cited;
    }

    private void metadata(StringBuilder md, LessonSpot lesson) {
        CourseLayout.Series series = layout.seriesOf(lesson);
        CourseLayout.Module module = layout.moduleOf(lesson);
        md.append("# Lesson: ").append(lesson.title()).append("\n\n");
        md.append("**Slug:** `").append(lesson.slug()).append("`\n");
        md.append("**Series:** ").append(series.number()).append(" (").append(series.title()).append("), ")
                .append("**Module:** ").append(module.id()).append(" (").append(module.title())
                .append("), **Position:** Lesson ").append(lesson.inSeries()).append(" of ").append(series.lessonCount())
                .append(" in series, Lesson ").append(lesson.inModule()).append(" of ").append(module.lessons().size())
                .append(" in module\n");
        md.append("**Cognitive Load:** ").append(lesson.load()).append(" (2 concepts: ")
                .append(lesson.concepts().get(0).name()).append(" and ").append(lesson.concepts().get(1).name())
                .append(")\n\n---\n\n");
    }

    private void phaseOne(StringBuilder md, LessonSpot lesson, List<Cited> known, Prose p) {
        md.append("## Phase 1: Orient (Student State)\n\n### Relevant Concepts the Student Has\n\n");
        md.append("| Concept | Depth | Source | Notes |\n|---------|-------|--------|-------|\n");
        if (known.isEmpty()) {
            for (int i = 0; i < 6; i++) {
                md.append("| ").append(p.phrase()).append(" | INTRODUCED | course entry survey | ")
                        .append(p.sentences(2, 4)).append(" |\n");
            }
        }
        for (Cited c : known.subList(0, Math.min(known.size(), 14))) {
            md.append("| ").append(c.concept().cell()).append(" | ").append(c.concept().depth()).append(" | ")
                    .append(c.source().citation()).append(" | ").append(p.sentences(2, 5)).append(" |\n");
        }
        md.append("\n### Mental Models and Analogies Already Established\n\n");
        for (int i = p.between(8, 11); i > 0; i--) {
            md.append("- **\"").append(Prose.capitalise(p.analogy())).append("\"** -- ").append(p.sentences(1, 2))
                    .append('\n');
        }
        md.append("\n### What Was Explicitly NOT Covered\n\n");
        for (int i = p.between(4, 6); i > 0; i--) {
            md.append("- ").append(p.phrase()).append(" -- ").append(p.sentence()).append('\n');
        }
        md.append("\n### Readiness Assessment\n\n").append(p.sentences(2, 3)).append(" They have:\n");
        for (int i = 1; i <= 5; i++) {
            md.append(i).append(". ").append(p.phrase()).append(" at DEVELOPED depth\n");
        }
        md.append('\n').append(p.sentences(5, 8)).append("\n\n---\n\n");
    }

    /** Writes Phase 2; returns the prerequisite marked GAP (null when there is nothing to cite). */
    private Cited phaseTwo(StringBuilder md, LessonSpot lesson, List<Cited> known, Prose p) {
        md.append("## Phase 2: Analyze\n\n### Target Concept\n\n")
                .append("This lesson teaches the student to understand ")
                .append(lesson.concepts().get(0).cell().toLowerCase(java.util.Locale.ROOT)).append(". ")
                .append(p.sentences(1, 2)).append("\n\n");
        md.append("### Prerequisites Table\n\n")
                .append("| Concept | Required Depth | Actual Depth | Source Lesson | Status | Reasoning |\n")
                .append("|---------|---------------|-------------|---------------|--------|-----------|\n");
        Cited gap = null;
        List<Cited> rows = known.subList(0, Math.min(known.size(), 10));
        for (Cited c : rows) {
            String actual = c.concept().depth();
            String required = actual;
            String status = "OK";
            if (gap == null && actual.equals("MENTIONED")) {
                gap = c;
                required = "INTRODUCED";
                status = "GAP";
            } else if (actual.equals("DEVELOPED") && p.between(0, 1) == 0) {
                required = "INTRODUCED";
            }
            md.append("| ").append(c.concept().cell()).append(" | ").append(required).append(" | ").append(actual)
                    .append(" | ").append(c.source().citation()).append(" | ").append(status).append(" | ")
                    .append(p.sentences(3, 5)).append(" |\n");
        }
        if (rows.isEmpty()) {
            md.append("| ").append(p.phrase()).append(" | INTRODUCED | INTRODUCED | course entry survey | OK | ")
                    .append(p.sentences(2, 3)).append(" |\n");
        }
        md.append("\n### Gap Resolution\n\n| Gap | Size | Resolution |\n|-----|------|------------|\n");
        if (gap != null) {
            md.append("| ").append(gap.concept().name()).append(" (MENTIONED, need INTRODUCED) | Small | ")
                    .append("Dedicated section (3 paragraphs) before the main explanation. ").append(p.sentences(3, 5))
                    .append(" |\n");
        } else {
            md.append("| None | - | No gaps: every prerequisite is at or above its required depth. |\n");
        }
        md.append("\n### Misconceptions Table\n\n")
                .append("| Misconception | Why They'd Think This | Negative Example That Disproves It | Where to Address |\n")
                .append("|---------------|----------------------|-----------------------------------|-----------------|\n");
        for (int i = p.between(4, 5); i > 0; i--) {
            md.append("| \"").append(p.phrase()).append("\" | ").append(p.sentences(2, 3)).append(" | ")
                    .append(p.sentences(4, 6)).append(" | In section ").append(p.between(4, 10))
                    .append(", right after the explanation. ").append(p.sentence()).append(" |\n");
        }
        md.append("\n### Examples Planned\n\n| Example | Type | Purpose | Why This Example |\n")
                .append("|---------|------|---------|-----------------|\n");
        for (String type : List.of("Positive", "Positive", "Positive (contrastive)", "Negative")) {
            md.append("| ").append(p.phrase()).append(", same prompt and seed | ").append(type).append(" | ")
                    .append(p.sentences(2, 3)).append(" | ").append(p.sentences(2, 4)).append(" |\n");
        }
        md.append("\n---\n\n");
        return gap;
    }

    private void phaseThree(StringBuilder md, LessonSpot lesson, List<Cited> known, Cited gap, Prose p) {
        Concept first = lesson.concepts().get(0);
        Concept second = lesson.concepts().get(1);
        md.append("## Phase 3: Design\n\n### Narrative Arc\n\n");
        for (int i = 0; i < 3; i++) {
            md.append(p.sentences(5, 7)).append("\n\n");
        }
        md.append("### Modalities Planned\n\n| Modality | What Specifically | Why This Modality for This Concept |\n")
                .append("|----------|------------------|------------------------------------|\n");
        for (String modality : List.of("Verbal/Analogy", "Symbolic", "Concrete example", "Intuitive", "Visual")) {
            md.append("| **").append(modality).append("** | ").append(p.sentences(2, 4)).append(" | ")
                    .append(p.sentences(3, 5)).append(" |\n");
        }
        md.append("\n### Cognitive Load Assessment\n\n- **New concepts in this lesson:** 2 genuinely new concepts:\n")
                .append("  1. ").append(first.cell()).append(" -- ").append(p.sentences(1, 2)).append('\n')
                .append("  2. ").append(second.cell()).append(" -- ").append(p.sentences(1, 2)).append('\n')
                .append("- **Previous lesson load:** ").append(lesson.index() == 0 ? "none (first lesson)"
                        : layout.lesson(lesson.index() - 1).load()).append('\n')
                .append("- **Is this appropriate?** ").append(lesson.load()).append(" is appropriate. ")
                .append(p.sentences(2, 3)).append("\n\n");
        md.append("### Connections to Prior Concepts\n\n| New Concept | Connects To | How |\n")
                .append("|-------------|------------|-----|\n");
        for (int i = 0; i < Math.min(5, Math.max(1, known.size())); i++) {
            String to = known.isEmpty() ? "course entry survey" : known.get(i).concept().name() + " ("
                    + known.get(i).source().number() + ")";
            md.append("| ").append(lesson.concepts().get(i % 3).name()).append(" | ").append(to).append(" | ")
                    .append(p.sentences(2, 4)).append(" |\n");
        }
        md.append("\n### Analogies to Extend\n\n");
        for (int i = p.between(4, 5); i > 0; i--) {
            md.append("- **\"").append(Prose.capitalise(p.analogy())).append("\"** -- ").append(p.sentences(2, 3))
                    .append('\n');
        }
        md.append("\n### Analogies That Could Be Misleading\n\n");
        for (int i = 0; i < 2; i++) {
            md.append("- **\"").append(Prose.capitalise(p.analogy())).append("\"** could mislead if ")
                    .append(p.sentences(2, 4)).append('\n');
        }
        md.append("\n### Scope Boundaries\n\n**This lesson IS about:**\n");
        for (int i = p.between(4, 6); i > 0; i--) {
            md.append("- ").append(p.phrase()).append('\n');
        }
        md.append("\n**This lesson is NOT about:**\n");
        for (int i = p.between(4, 6); i > 0; i--) {
            md.append("- ").append(p.phrase()).append('\n');
        }
        md.append("\n**Depth targets:**\n");
        for (Concept c : lesson.concepts()) {
            md.append("- ").append(c.name()).append(": ").append(c.depth()).append(" (").append(p.sentence())
                    .append(")\n");
        }
        if (gap != null) {
            md.append("- ").append(gap.concept().name()).append(": INTRODUCED (raised from MENTIONED)\n");
        }
        md.append("\n---\n\n");
    }

    private void outline(StringBuilder md, LessonSpot lesson, List<Cited> known, Prose p) {
        List<Formulas.Formula> math = formulas.forLesson(lesson.index() + 1);
        Concept first = lesson.concepts().get(0);
        Concept second = lesson.concepts().get(1);
        md.append("### Lesson Outline\n\n#### 1. Context + Constraints\n\n");
        md.append("- \"").append(p.sentences(2, 3)).append("\"\n- \"").append(p.sentences(1, 2)).append("\"\n");
        md.append("- ConstraintBlock: scope boundaries. ").append(p.sentences(2, 3)).append("\n\n");

        md.append("#### 2. Recap\n\nBrief reactivation of three concepts:\n");
        for (int i = 0; i < 3; i++) {
            String name = known.size() > i ? known.get(i).concept().name() : p.phrase();
            md.append("- **").append(name).append("**: 2-3 sentences. \"").append(p.sentences(2, 3)).append("\"\n");
        }
        md.append("- Transition: \"").append(p.sentence()).append("\"\n\n");

        md.append("#### 3. Hook\n\nType: **Before/After reveal**\n\n").append(p.sentence()).append("\n\n");
        md.append("GradientCard grid:\n");
        for (int i = 1; i <= 3; i++) {
            md.append(i).append(". **").append(p.phrase()).append("** (").append(p.pick(COLORS)).append(") -- \"")
                    .append(p.sentences(1, 2)).append("\"\n");
        }
        md.append('\n').append(p.sentences(1, 2)).append("\n\n");

        md.append("#### 4. Explain: ").append(first.name()).append("\n\n**Part A: ").append(p.phrase())
                .append("**\n\n").append(p.sentences(3, 5)).append("\n\n");
        md.append("ConceptBlock bridge: \"").append(p.sentences(3, 4)).append("\"\n\n");
        md.append("The quantity the student has seen before, now with its sum written out:\n\n")
                .append(math.get(0).markdown()).append("\n\n");
        md.append("Key adaptations:\n");
        for (int i = 1; i <= 4; i++) {
            md.append(i).append(". **").append(p.phrase()).append(":** ").append(p.sentence()).append('\n');
        }
        md.append("\nInsightBlock: \"").append(Prose.titleCase(p.phrase())).append(".\" ").append(p.sentences(3, 4))
                .append("\n\n**Part B: In practice**\n\n");
        for (int steps : new int[] {1, 2, 4, 8}) {
            md.append("- **").append(steps).append(" step").append(steps == 1 ? "" : "s").append("** -- \"")
                    .append(p.sentences(2, 3)).append("\"\n");
        }
        md.append("\nTipBlock: \"").append(p.sentences(2, 3)).append("\"\n\n");

        md.append("#### 5. Check #1\n\nTwo predict-and-verify questions:\n");
        check(md, p);

        md.append("#### 6. Explain: ").append(second.name()).append("\n\n**Part A: The key insight**\n\n")
                .append(p.sentences(3, 4)).append("\n\nThe gradient the update follows:\n\n")
                .append(math.get(1).markdown()).append("\n\n");
        md.append("ConceptBlock: \"").append(Prose.titleCase(p.phrase())).append(".\"\n\n")
                .append(p.sentences(2, 3)).append("\n\n");
        md.append("ComparisonRow: ").append(first.name()).append(" vs ").append(second.name()).append("\n\n")
                .append("| | ").append(first.name()).append(" | ").append(second.name()).append(" |\n|---|---|---|\n");
        for (String row : List.of("What it learns", "Training data", "Loss function", "Cross-model transfer",
                "Can be combined", "File size")) {
            md.append("| ").append(row).append(" | ").append(p.phrase()).append(" | ").append(p.phrase()).append(" |\n");
        }
        md.append("\n**Part B: Code comparison**\n\nStandard:\n```python\npipe = Pipeline.from_pretrained(\"base-")
                .append(lesson.index() + 1).append("\")\nimage = pipe(\"a cat on a beach\", num_inference_steps=50).images[0]\n```\n\n")
                .append("With the adapter:\n```python\npipe = Pipeline.from_pretrained(\"base-").append(lesson.index() + 1)
                .append("\")\npipe.load_lora_weights(\"adapter-").append(lesson.slug())
                .append("\")\nimage = pipe(\"a cat on a beach\", num_inference_steps=4).images[0]\n```\n\n")
                .append('"').append(p.sentence()).append("\"\n\n");

        md.append("#### 7. Check #2\n\nTwo predict-and-verify questions:\n");
        check(md, p);

        md.append("#### 8. Explain: ").append(lesson.concepts().get(2).name()).append("\n\n**Part A: The problem**\n\n")
                .append(p.sentences(3, 5)).append("\n\n");
        md.append("WarningBlock: \"").append(Prose.titleCase(p.phrase())).append(".\" ").append(p.sentences(2, 3))
                .append("\n\n**Part B: The hybrid loss**\n\n\"The method combines two losses:\"\n\n")
                .append(math.get(2).markdown()).append("\n\n");
        md.append("\"The noised input at step t is ").append(math.get(3).markdown())
                .append(", the same forward process as before.\" ").append(p.sentences(1, 2)).append("\n\n");
        md.append("InsightBlock: \"Two Teachers, Two Lessons.\" ").append(p.sentences(3, 4)).append("\n\n");
        md.append("WarningBlock: \"").append(Prose.titleCase(p.phrase())).append(".\" ").append(p.sentences(1, 2))
                .append("\n\n");
        md.append(":::comparison-row{left=\"Consistency\" left-color=blue right=\"Adversarial\" right-color=rose}\n")
                .append("| | Consistency | Adversarial |\n|---|---|---|\n");
        for (String row : List.of("Teacher signal", "1-step quality", "Diversity", "Training stability",
                "Failure mode", "Plug-and-play")) {
            md.append("| ").append(row).append(" | ").append(p.phrase()).append(" | ").append(p.phrase()).append(" |\n");
        }
        md.append(":::\n\n").append(p.sentences(2, 3)).append("\n\n");

        md.append("#### 9. Check #3\n\nTwo predict-and-verify questions:\n");
        check(md, p);

        md.append("#### 10. Elaborate: The Landscape\n\n**Part A: Level 3 expanded**\n\n").append(p.sentences(1, 2))
                .append("\n\n");
        md.append("GradientCard (").append(p.pick(COLORS)).append("): Level 3a -- \"").append(Prose.titleCase(p.phrase()))
                .append("\"\n- ").append(p.phrase()).append("\n- Training signal: ").append(p.phrase())
                .append("\n- Best at: ").append(p.phrase()).append("\n\n");
        md.append("The reverse step each level approximates:\n\n").append(math.get(4).markdown()).append("\n\n");
        md.append("::::card-grid\n");
        for (int i = 0; i < 2; i++) {
            md.append(":::gradient-card{color=").append(p.pick(COLORS)).append(" title=\"")
                    .append(Prose.titleCase(p.phrase())).append("\"}\n- ").append(p.phrase()).append("\n- ")
                    .append(p.phrase()).append("\n:::\n");
        }
        md.append("::::\n\n");

        md.append("#### 11. Practice (Notebook)\n\n");
        String[] levels = {"Guided", "Guided", "Supported", "Independent"};
        for (int i = 0; i < levels.length; i++) {
            md.append("- **Exercise ").append(i + 1).append(" (").append(levels[i]).append("):** ")
                    .append(p.sentences(2, 3)).append('\n');
        }
        md.append("\nTryThisBlock: \"").append(p.sentences(1, 2)).append("\"\n\n");

        md.append("#### 12. Summarize\n\nSummaryBlock: \"").append(p.sentences(3, 4)).append("\"\n\n");
        md.append("#### 13. Next Step\n\nNextStepBlock: \"").append(p.sentences(1, 2)).append("\"\n\n---\n\n");
    }

    private static void check(StringBuilder md, Prose p) {
        for (int i = 1; i <= 2; i++) {
            md.append(i).append(". \"").append(p.sentence()).append("\" (Answer: ").append(p.sentences(3, 5))
                    .append(")\n");
        }
        md.append('\n');
    }

    private void reviews(StringBuilder md, LessonSpot lesson, Prose p) {
        LocalDate first = LocalDate.of(2026, 1, 5).plusDays(lesson.index() % 300);
        LocalDate second = first.plusDays(1 + lesson.index() % 5);
        String[] severities = {"CRITICAL", "IMPROVEMENT", "IMPROVEMENT", "POLISH", "POLISH"};
        List<String> titles = new ArrayList<>();
        md.append("## Review -- ").append(first).append(" (Iteration 1/3)\n\n### Summary\n- Critical: 1\n")
                .append("- Improvement: 2\n- Polish: 2\n\n### Verdict: MAJOR REVISION\n\n").append(p.sentences(3, 4))
                .append("\n\n### Findings\n\n");
        for (String severity : severities) {
            String title = Prose.capitalise(p.phrase()) + " is missing from section " + p.between(3, 12);
            titles.add(title);
            finding(md, severity, title, p);
        }
        reviewNotes(md, p);
        md.append("---\n\n## Review -- ").append(second).append(" (Iteration 2/3)\n\n### Summary\n- Critical: 0\n")
                .append("- Improvement: 0\n- Polish: 1\n\n### Verdict: PASS\n\n").append(p.sentences(2, 3))
                .append("\n\n### Iteration 1 Resolution Check\n\n| Finding | Severity | Status | How Resolved |\n")
                .append("|---------|----------|--------|-------------|\n");
        for (int i = 0; i < severities.length; i++) {
            md.append("| ").append(titles.get(i)).append(" | ").append(severities[i]).append(" | RESOLVED | ")
                    .append(p.sentences(2, 3)).append(" |\n");
        }
        md.append("\n### Findings\n\n");
        finding(md, "POLISH", "Heading style in section " + p.between(3, 12) + " differs from the others", p);
        reviewNotes(md, p);
        md.append("---\n\n");
    }

    private static void finding(StringBuilder md, String severity, String title, Prose p) {
        md.append("#### [").append(severity).append("] -- ").append(title).append("\n\n")
                .append("**Location:** Section ").append(p.between(3, 12)).append(", lines ").append(p.between(100, 600))
                .append('-').append(p.between(601, 1200)).append('\n')
                .append("**Issue:** ").append(p.sentences(3, 5)).append('\n')
                .append("**Student impact:** ").append(p.sentences(2, 3)).append('\n')
                .append("**Suggested fix:** ").append(p.sentences(2, 4)).append("\n\n");
    }

    private static void reviewNotes(StringBuilder md, Prose p) {
        md.append("### Review Notes\n\n**What works well:**\n");
        for (int i = p.between(3, 5); i > 0; i--) {
            md.append("- ").append(p.sentences(2, 4)).append('\n');
        }
        md.append("\n**Pattern to watch:**\n- ").append(p.sentences(2, 3)).append("\n\n");
    }

    private static void checklists(StringBuilder md, LessonSpot lesson, Cited gap) {
        md.append("## Checklists\n\n### Prerequisite Audit\n")
                .append("- [x] Every assumed concept listed with required depth\n")
                .append("- [x] Each traced via the records (not the curriculum plan)\n")
                .append("- [x] Depth match verified for each\n")
                .append("- [x] No untaught concepts remain")
                .append(gap == null ? "" : " (" + gap.concept().name() + " gap identified and resolution planned)")
                .append("\n- [x] No multi-concept jumps in widgets/exercises\n")
                .append("- [x] All gaps have explicit resolution plans\n\n");
        md.append("### Pedagogical Design\n")
                .append("- [x] Narrative motivation stated as a coherent paragraph (problem before solution)\n")
                .append("- [x] At least 3 modalities planned for the core concept, each with rationale (5 modalities)\n")
                .append("- [x] At least 2 positive examples + 1 negative example, each with stated purpose\n")
                .append("- [x] At least 3 misconceptions identified with negative examples\n")
                .append("- [x] Cognitive load: 2 new concepts (").append(lesson.concepts().get(0).name()).append(", ")
                .append(lesson.concepts().get(1).name()).append(")\n")
                .append("- [x] Every new concept connected to at least one existing concept\n")
                .append("- [x] Scope boundaries explicitly stated\n");
    }
}
