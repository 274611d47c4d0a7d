package dev.lectern.render;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CalloutType;
import dev.lectern.model.CardGrid;
import dev.lectern.model.Checklist;
import dev.lectern.model.ChecklistSection;
import dev.lectern.model.CodeBlock;
import dev.lectern.model.CognitiveLoad;
import dev.lectern.model.ComparisonRow;
import dev.lectern.model.Course;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Depth;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Finding;
import dev.lectern.model.FindingField;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.GradientCard;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.LessonRef;
import dev.lectern.model.ListBlock;
import dev.lectern.model.ListItem;
import dev.lectern.model.Located;
import dev.lectern.model.MathBlock;
import dev.lectern.model.ModulePlan;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Part;
import dev.lectern.model.PhaseSection;
import dev.lectern.model.PlainSection;
import dev.lectern.model.PrereqStatus;
import dev.lectern.model.Prerequisite;
import dev.lectern.model.PrerequisiteTable;
import dev.lectern.model.Quote;
import dev.lectern.model.RawHtml;
import dev.lectern.model.RelevantConcept;
import dev.lectern.model.RelevantConceptTable;
import dev.lectern.model.ResolutionCheck;
import dev.lectern.model.ResolutionCheckTable;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.ReviewSummary;
import dev.lectern.model.Severity;
import dev.lectern.model.ThematicBreak;
import dev.lectern.model.Table;
import dev.lectern.model.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built model objects: a small lesson with every block kind and component, and a course around it. */
public final class SampleLessons {
    public static final String FILE = "series-1/module-1-2/lessons/sample-lesson.md";

    private SampleLessons() {
    }

    static Inline md(String markdown, int line) {
        return new Inline(markdown, line);
    }

    static Paragraph para(String markdown, int line) {
        return new Paragraph(md(markdown, line));
    }

    static ListItem item(String markdown, int line) {
        return new ListItem(line, ListItem.TaskMark.NONE, List.of(para(markdown, line)));
    }

    static Table table(int line, List<String> header, List<List<String>> rows) {
        List<Table.Row> body = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowLine = line + 2 + i;
            body.add(new Table.Row(rowLine, rows.get(i).stream().map(c -> md(c, rowLine)).toList()));
        }
        return new Table(line, header.stream().map(h -> md(h, line)).toList(), body);
    }

    static GradientCard card(int line, String title, String color, String body) {
        return new GradientCard(line, GradientCard.NAME, Optional.of(md(title, line)), color,
                List.of(para(body, line)));
    }

    static Callout callout(int line, CalloutType type, String title, String body) {
        return new Callout(line, type, Optional.ofNullable(title).map(t -> md(t, line)), List.of(para(body, line)));
    }

    /** The outline of the sample lesson: every block kind and component once. */
    static List<Block> outline() {
        return List.of(
                new Heading(51, 4, md("1. Hook", 51)),
                para("Read **carefully**: the loss $L_{ADD} = L_d + \\lambda L_a$ costs $5 and $6.", 53),
                new CardGrid(55, List.of(
                        card(56, "**Baseline** at 50 steps", "blue", "The baseline you know."),
                        card(57, "Same model, 4 steps", "rose", "Blurry, incoherent."),
                        card(58, "With LCM-LoRA", "emerald", "Near-baseline quality."))),
                new Heading(60, 4, md("2. Explain", 60)),
                new ListBlock(62, true, 3, List.of(item("First *step*", 62), item("Second `step`", 63))),
                new ListBlock(65, false, 1, List.of(
                        new ListItem(65, ListItem.TaskMark.DONE, List.of(para("done task", 65))),
                        new ListItem(66, ListItem.TaskMark.OPEN, List.of(para("open task", 66))))),
                new CodeBlock(68, "python", "pipe = load(\"x\")\nif a < b and c > d: pass"),
                new Quote(72, List.of(para("A quoted remark.", 72))),
                table(74, List.of("Steps", "Quality"), List.of(List.of("1", "soft"), List.of("4", "sharp", "extra"))),
                new MathBlock(79, "L_{\\text{ADD}} = L_{\\text{diffusion}} + \\lambda \\, L_{\\text{adversarial}}",
                        "L_ADD = L_diffusion + lambda * L_adversarial", MathBlock.Origin.PLAIN_EQUATION, 79, 1),
                new GradientCard(81, GradientCard.NAME, Optional.of(md("Level 3a -- \"Consistency\"", 81)), "violet",
                        List.of(new ListBlock(82, false, 1, List.of(item("LCM, LCM-LoRA", 82))))),
                new GradientCard(85, GradientCard.NAME, Optional.of(md("Level 3b -- \"Adversarial\"", 85)), "fuchsia",
                        List.of(para("SDXL Turbo (ADD)", 86))),
                callout(88, CalloutType.INSIGHT, "The Augmented PF-ODE.", "Guidance is *inside* the ODE."),
                callout(89, CalloutType.WARNING, "Not a new model.", "It is distilled."),
                callout(90, CalloutType.TIP, null, "Use guidance 1.0-2.0."),
                callout(91, CalloutType.TRY_THIS, null, "Run it at 4 steps."),
                callout(92, CalloutType.CONCEPT, null, "A LoRA that captures HOW, not WHAT."),
                callout(93, CalloutType.CONSTRAINT, null, "No GAN theory here."),
                new ComparisonRow(95, Optional.empty(), new ComparisonRow.Side(md("Style LoRA", 95), "", List.of(
                        new ComparisonRow.Item(98, md("What it learns", 98), md("A visual style", 98)),
                        new ComparisonRow.Item(99, md("File size", 99), md("2-50 MB", 99)))),
                        new ComparisonRow.Side(md("LCM-LoRA", 95), "amber", List.of(
                                new ComparisonRow.Item(98, md("What it learns", 98), md("Fewer steps", 98)),
                                new ComparisonRow.Item(99, md("File size", 99), md("~4 MB", 99))))),
                new GradientCard(101, GradientCard.PHASE_CARD, Optional.of(md("Load the model", 101)), "cyan",
                        List.of(para("Then swap the scheduler.", 102))),
                new RawHtml(104, "<p onclick=\"steal()\">Raw <script>alert(1)</script><a href=\"javascript:alert(2)\">"
                        + "link</a> <span style=\"color:red\">red</span></p>"),
                new ThematicBreak(106));
    }

    public static Lesson lesson() {
        LessonMetadata metadata = new LessonMetadata(
                Optional.of(new Located<>("sample-lesson", 3)), Optional.of(new Located<>(1, 4)),
                Optional.of(new Located<>("Foundations", 4)), Optional.of(new Located<>("1.2", 4)),
                Optional.of(new Located<>("Sample Module", 4)),
                Optional.of(new LessonMetadata.Position(4, "Lesson 2 of 3 in module",
                        Optional.of(new LessonMetadata.Ordinal(2, Optional.of(3), false)), Optional.empty())),
                Optional.of(new Located<>(CognitiveLoad.BUILD, 5)), Optional.empty(), Optional.empty(),
                List.of(new LessonMetadata.Field(3, 1, "Slug", "`sample-lesson`", 11),
                        new LessonMetadata.Field(4, 1, "Module", "1.2 (Sample Module)", 13),
                        new LessonMetadata.Field(5, 1, "Cognitive Load", "BUILD (two concepts)", 21)));
        Table conceptSource = table(13, List.of("Concept", "Depth", "Source", "Notes"),
                List.of(List.of("Distillation", "DEVELOPED", "consistency-models (7.3.1)", "Trained a toy model.")));
        RelevantConceptTable concepts = new RelevantConceptTable(conceptSource, List.of(new RelevantConcept(15,
                md("Distillation", 15), Optional.of(Depth.DEVELOPED), md("DEVELOPED", 15),
                md("consistency-models (7.3.1)", 15),
                List.of(new LessonRef(Optional.of("consistency-models"), Optional.of("7.3"), Optional.of(1))),
                md("Trained a toy model.", 15))));
        Table prereqSource = table(23,
                List.of("Concept", "Required Depth", "Actual Depth", "Source Lesson", "Status", "Reasoning"),
                List.of(List.of("Distillation", "DEVELOPED", "DEVELOPED", "consistency-models (7.3.1)", "OK", "Has it."),
                        List.of("GANs", "INTRODUCED", "MENTIONED", "from-pixels-to-latents (6.3.5)", "GAP",
                                "Only *named*."),
                        List.of("Mode collapse", "INTRODUCED", "", "", "MISSING", "Never taught.")));
        PrerequisiteTable prerequisites = new PrerequisiteTable(prereqSource, List.of(
                prereq(25, "Distillation", Depth.DEVELOPED, Depth.DEVELOPED, "consistency-models (7.3.1)",
                        PrereqStatus.OK, "OK", "Has it."),
                prereq(26, "GANs", Depth.INTRODUCED, Depth.MENTIONED, "from-pixels-to-latents (6.3.5)",
                        PrereqStatus.GAP, "GAP", "Only *named*."),
                new Prerequisite(27, md("Mode collapse", 27), Optional.of(Depth.INTRODUCED), Optional.empty(),
                        md("", 27), List.of(), Optional.of(PrereqStatus.MISSING), md("MISSING", 27),
                        md("Never taught.", 27))));
        List<Block> outline = outline();
        List<dev.lectern.model.Section> sections = List.of(
                new PhaseSection(9, md("Phase 1: Orient (Student State)", 9), 1, List.of(),
                        List.of(new Part(11, md("Relevant Concepts the Student Has", 11), List.of(concepts)))),
                new PhaseSection(20, md("Phase 2: Analyze", 20), 2, List.of(),
                        List.of(new Part(21, md("Prerequisites Table", 21), List.of(prerequisites)))),
                new PhaseSection(40, md("Phase 3: Design", 40), 3, List.of(), List.of(
                        new Part(42, md("Narrative Arc", 42), List.of(para("The *story* so far.", 44))),
                        new Part(49, md("Lesson Outline", 49), outline))),
                review1(), review2(),
                new ChecklistSection(150, md("Checklists", 150), List.of(), List.of(), List.of(
                        new Checklist(152, md("Prerequisite Audit", 152), List.of(
                                new Checklist.Item(153, md("Every concept listed", 153), true),
                                new Checklist.Item(154, md("Each traced via the **records**", 154), true))),
                        new Checklist(156, md("Pedagogical Design", 156), List.of(
                                new Checklist.Item(157, md("Narrative stated", 157), true),
                                new Checklist.Item(158, md("Three modalities", 158), false))))),
                new PlainSection(170, md("What Was Actually Built", 170), List.of(para("A notebook.", 172)),
                        List.of()));
        return new Lesson(FILE, "sample-lesson", Optional.of("1.2"), Optional.of(md("Lesson: Sample & Test", 1)),
                metadata, List.of(new ThematicBreak(7)), sections, List.of());
    }

    private static Prerequisite prereq(int line, String concept, Depth required, Depth actual, String source,
                                       PrereqStatus status, String statusText, String reasoning) {
        return new Prerequisite(line, md(concept, line), Optional.of(required), Optional.of(actual),
                md(source, line), List.of(ref(source)), Optional.of(status), md(statusText, line), md(reasoning, line));
    }

    /** {@code consistency-models (7.3.1)} as the parser reads it. */
    private static LessonRef ref(String cell) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\S+) \\((\\d+\\.\\d+)\\.(\\d+)\\)").matcher(cell);
        if (!m.matches()) {
            throw new IllegalArgumentException(cell);
        }
        return new LessonRef(Optional.of(m.group(1)), Optional.of(m.group(2)), Optional.of(Integer.parseInt(m.group(3))));
    }

    private static Optional<FindingField> field(Inline text) {
        return Optional.of(new FindingField(text, List.of()));
    }

    static ReviewSection review1() {
        Finding critical = new Finding(116, Optional.of(FindingSeverity.CRITICAL), "CRITICAL",
                md("Missing contrastive example", 116), field(md("Section 8", 118)),
                field(md("No example of $x_0$ output.", 119)), field(md("Stays abstract.", 120)),
                field(md("Add two cards.", 121)), List.of());
        Finding improvement = new Finding(123, Optional.of(FindingSeverity.IMPROVEMENT), "IMPROVEMENT",
                md("Analogy absent", 123), Optional.empty(), field(md("Never used.", 125)), Optional.empty(),
                Optional.of(new FindingField(md("Introduce it:", 126),
                        List.of(new ListBlock(127, false, 1, List.of(item("in the hook", 127)))))), List.of());
        Finding polish = new Finding(128, Optional.of(FindingSeverity.POLISH), "POLISH", md("Dashes", 128),
                field(md("Cell 0", 130)), field(md("Spaced dashes.", 131)),
                field(md("Minimal.", 132)), field(md("None needed.", 133)), List.of());
        return new ReviewSection(110, md("Review -- 2026-02-20 (Iteration 1/3)", 110),
                Optional.of(LocalDate.of(2026, 2, 20)), Optional.of(1), Optional.of(3),
                Optional.of(new ReviewSummary(112, Map.of(
                        FindingSeverity.CRITICAL, new ReviewSummary.Count(1, 113, 13),
                        FindingSeverity.IMPROVEMENT, new ReviewSummary.Count(2, 114, 16),
                        FindingSeverity.POLISH, new ReviewSummary.Count(1, 115, 11)))),
                Optional.of(new Verdict(111, 14, "MAJOR REVISION", Optional.of(Verdict.Kind.MAJOR_REVISION))),
                List.of(critical, improvement, polish), Optional.empty(), List.of(para("Weak ADD half.", 117)),
                List.of(new Part(111, md("Verdict: MAJOR REVISION", 111), List.of(para("The ADD half needs work.", 113))),
                        new Part(135, md("Review Notes", 135), List.of(para("**What works well:** LCM.", 137)))));
    }

    private static ReviewSection review2() {
        Table source = table(144, List.of("Finding", "Severity", "Status", "How Resolved"),
                List.of(List.of("Missing contrastive example", "CRITICAL", "RESOLVED", "Two cards added.")));
        ResolutionCheckTable check = new ResolutionCheckTable(source, List.of(new ResolutionCheck(146,
                md("Missing contrastive example", 146), Optional.of(FindingSeverity.CRITICAL), md("RESOLVED", 146),
                md("Two cards added.", 146))));
        return new ReviewSection(140, md("Review -- 2026-02-21 (Iteration 2/3)", 140),
                Optional.of(LocalDate.of(2026, 2, 21)), Optional.of(2), Optional.of(3),
                Optional.of(new ReviewSummary(141, Map.of(FindingSeverity.CRITICAL, new ReviewSummary.Count(0, 141, 13)))),
                Optional.of(new Verdict(142, 14, "PASS", Optional.of(Verdict.Kind.PASS))), List.of(), Optional.of(check),
                List.of(), List.of(new Part(142, md("Verdict: PASS", 142), List.of(para("Ready to ship.", 143)))));
    }

    /** A lesson with only a title and no phases. */
    public static Lesson bareLesson(String slug, String moduleId) {
        LessonMetadata metadata = new LessonMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
        return new Lesson("lessons/" + slug + ".md", slug, Optional.ofNullable(moduleId),
                Optional.of(md("Lesson: " + slug, 1)), metadata, List.of(), List.of(), List.of());
    }

    /**
     * Diagnostics for the sample course, as earlier stages might report them: one for each lesson,
     * one for the course file, and a broken link on a published page.
     */
    public static List<Diagnostic> diagnostics() {
        return List.of(
                new Diagnostic(FILE, 85, 15, Severity.WARNING, "unknown-component-color",
                        "GradientCard colour 'fuchsia' is not in the palette"),
                new Diagnostic("lessons/stray-lesson.md", 3, 0, Severity.ERROR, "slug-mismatch",
                        "the slug differs from the file name"),
                new Diagnostic("course.md", 0, 0, Severity.INFO, "unknown-file", "the course has no <Goal> section"),
                new Diagnostic("lessons/sample-lesson/index.html", 0, 0, Severity.WARNING, "broken-link",
                        "link '../nope.html' points at lessons/nope.html, which the site does not have"));
    }

    /** The sample lesson in its module, whose plan also names an absent lesson, plus a lesson of no module. */
    public static CourseContent course() {
        Course course = new Course("course.md", Optional.of(md("Sample Course", 1)),
                List.of(new Course.SeriesEntry(5, 1, "Foundations", "In progress", md("The *basics*.", 5))),
                List.of(new Course.ModuleEntry(9, "1.2", "Sample Module", "1 of 3", md("In progress", 9))),
                List.of(), List.of());
        ModulePlan plan = new ModulePlan("series-1/module-1-2/plan.md", "1.2", Optional.of(md("Sample Module", 1)),
                Optional.empty(), List.of(
                new ModulePlan.PlannedLesson(10, 1, "first-lesson", md("The first idea", 10),
                        Optional.of(CognitiveLoad.STRETCH), md("STRETCH", 10), Optional.empty()),
                new ModulePlan.PlannedLesson(11, 2, "sample-lesson", md("The sample", 11),
                        Optional.of(CognitiveLoad.BUILD), md("BUILD", 11), Optional.of("Built")),
                new ModulePlan.PlannedLesson(12, 3, "third-lesson", md("The third idea", 12),
                        Optional.empty(), md("", 12), Optional.of("Planned"))),
                List.of(), List.of());
        return new CourseContent(Optional.of(course), List.of(), List.of(plan), List.of(),
                List.of(lesson(), bareLesson("stray-lesson", null)));
    }
}
