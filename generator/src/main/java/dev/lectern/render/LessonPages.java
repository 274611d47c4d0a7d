package dev.lectern.render;

import dev.lectern.model.Block;
import dev.lectern.model.Checklist;
import dev.lectern.model.ChecklistSection;
import dev.lectern.model.Finding;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.Heading;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.Part;
import dev.lectern.model.PlainSection;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.Section;
import dev.lectern.render.ReviewPage.FindingGroup;
import dev.lectern.render.ReviewPage.ReviewView;
import dev.lectern.render.ReviewPage.SeverityCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the page models of one lesson: student page, spec and review history. */
final class LessonPages {
    static final String ROOT = "../";
    private static final Pattern KEY_IDEAS = Pattern.compile("^Mental Models", Pattern.CASE_INSENSITIVE);

    private final Lesson lesson;
    private final LessonSummary summary;
    private final LessonNav nav;
    private final PageHtml html;

    LessonPages(Lesson lesson, LessonSummary summary, LessonNav nav, PageHtml html) {
        this.lesson = lesson;
        this.summary = summary;
        this.nav = nav;
        this.html = html;
    }

    /** What a lesson without an outline shows students from its built record: what it covers, and its key ideas. */
    record BuiltSummary(List<Block> covers, List<Block> keyIdeas) {
        /** The blocks of a lesson's student text: its outline as students read it, or its built summary's two parts. */
        static List<Block> studentBlocks(Lesson lesson) {
            return of(lesson).map(b -> Stream.concat(b.covers().stream(), b.keyIdeas().stream()).toList())
                    .orElseGet(() -> lesson.outline().map(o -> StageDirections.shown(o.blocks())).orElse(List.of()));
        }

        static Optional<BuiltSummary> of(Lesson lesson) {
            return lesson.outline().isPresent() ? Optional.empty() : lesson.builtRecord().map(record -> new BuiltSummary(
                    record.intro(), record.parts().stream().filter(p -> KEY_IDEAS.matcher(p.heading().plain()).find())
                            .findFirst().map(Part::blocks).orElse(List.of())));
        }
    }

    LessonPage lessonPage() {
        LessonSummary summary = studentSummary();
        Optional<BuiltSummary> built = BuiltSummary.of(lesson);
        if (built.isPresent()) {
            List<Block> covers = built.get().covers();
            // under the page's own h2 headings
            return new LessonPage(ROOT, "lesson", summary, nav, false, covers, 3 - Heading.topLevel(covers), List.of(),
                    built.get().keyIdeas(), html.forStudents());
        }
        List<Block> blocks = BuiltSummary.studentBlocks(lesson); // the outline, as no built summary is shown
        int top = Heading.topLevel(blocks);
        List<LessonPage.TocEntry> toc = blocks.stream()
                .filter(b -> b instanceof Heading h && h.level() == top)
                .map(b -> (Heading) b)
                .map(h -> new LessonPage.TocEntry(html.anchor(h.line(), h.text()), h.text()))
                .toList();
        return new LessonPage(ROOT, "lesson", summary, nav, lesson.outline().isPresent(), blocks, 2 - top, toc,
                List.of(), html.forStudents());
    }

    /**
     * The header students see: the title as they read it ({@link Typography#title}); where the lesson sits among the
     * module's lessons listed beside it, and in its series as the series plan numbers it, when the position as written
     * disagrees with them (position-mismatch tells the authors), so the page does not contradict itself; the author's
     * words otherwise.
     */
    private LessonSummary studentSummary() {
        Optional<LessonMetadata.Position> position = lesson.metadata().position();
        Optional<LessonMetadata.Ordinal> inModule = position.flatMap(LessonMetadata.Position::inModule);
        Optional<LessonMetadata.Ordinal> inSeries = position.flatMap(LessonMetadata.Position::inSeries);
        Optional<LessonMetadata.Ordinal> module = Optional.empty();
        List<LessonNav.ModuleLesson> listed = nav.moduleLessons();
        for (int k = 0; k < listed.size(); k++) {
            int index = k + 1;
            if (listed.get(k).current() && inModule.isPresent()
                    && (inModule.get().index() != index || inModule.get().total().orElse(0) != listed.size())) {
                module = Optional.of(new LessonMetadata.Ordinal(index, Optional.of(listed.size()), false));
            }
        }
        Optional<LessonMetadata.Ordinal> series = inSeries.flatMap(written -> nav.seriesPlace()
                .filter(plan -> plan.index() != written.index() || written.total().filter(t -> t < plan.highest()).isPresent())
                .map(plan -> new LessonMetadata.Ordinal(plan.index(),
                        Optional.of(Math.max(plan.highest(), written.total().orElse(0))), false)));
        if (module.isEmpty() && series.isEmpty()) {
            return summary.forStudents(Typography.title(lesson), summary.position());
        }
        String moduleText = module.or(() -> inModule).map(o -> o.text() + " in module").orElse("");
        String seriesText = series.or(() -> inSeries).map(o -> o.text() + " in series").orElse("");
        String text = position.get().text();
        boolean seriesFirst = text.indexOf("series") >= 0 && text.indexOf("series") < text.indexOf("module");
        return summary.forStudents(Typography.title(lesson), String.join(", ", (seriesFirst ? Stream.of(seriesText, moduleText)
                : Stream.of(moduleText, seriesText)).filter(t -> !t.isEmpty()).toList()));
    }

    SpecPage specPage() {
        return new SpecPage(ROOT, "spec", summary, lesson.metadata().fields(), lesson.preamble(), lesson.sections(),
                html);
    }

    ReviewPage reviewPage() {
        // each review, and the plain sections after it but the built record, which the spec page shows
        Map<ReviewSection, List<PlainSection>> since = new LinkedHashMap<>();
        Optional<PlainSection> built = lesson.builtRecord();
        List<PlainSection> after = null;
        for (Section section : lesson.sections()) {
            if (section instanceof ReviewSection review) {
                after = new ArrayList<>();
                since.put(review, after);
            } else if (after != null && section instanceof PlainSection plain && !built.filter(plain::equals).isPresent()) {
                after.add(plain);
            }
        }
        List<ReviewView> reviews = since.entrySet().stream().map(e -> review(e.getKey(), List.copyOf(e.getValue()))).toList();
        List<ReviewPage.ChecklistsView> checklists = lesson.sections().stream()
                .filter(ChecklistSection.class::isInstance).map(ChecklistSection.class::cast)
                .map(this::checklists).toList();
        return new ReviewPage(ROOT, "review", summary, reviews, checklists, html);
    }

    private ReviewView review(ReviewSection review, List<PlainSection> since) {
        String iteration = review.iterationLabel().map(k -> "Iteration " + k).orElse("");
        List<SeverityCount> counts = new ArrayList<>();
        List<FindingGroup> groups = new ArrayList<>();
        for (FindingSeverity severity : FindingSeverity.values()) {
            String label = severity.label();
            String css = "severity-" + severity.name().toLowerCase(Locale.ROOT);
            String stated = review.summary().flatMap(s -> s.count(severity)).map(String::valueOf).orElse("");
            counts.add(new SeverityCount(label, css, stated, review.findingCount(severity)));
            List<Finding> findings = review.findings().stream()
                    .filter(f -> f.is(severity)).toList();
            if (!findings.isEmpty()) {
                groups.add(new FindingGroup(label, css, findings));
            }
        }
        List<Finding> unclassified = review.findings().stream().filter(f -> f.severity().isEmpty()).toList();
        if (!unclassified.isEmpty()) {
            groups.add(new FindingGroup("Unclassified", "severity-unknown", unclassified));
        }
        // the page keeps the source order of subsections around the findings
        int firstFinding = review.findings().stream().mapToInt(Finding::line).min().orElse(Integer.MAX_VALUE);
        List<Part> before = review.parts().stream().filter(p -> p.line() < firstFinding).toList();
        List<Part> after = review.parts().stream().filter(p -> p.line() >= firstFinding).toList();
        return new ReviewView(review, html.anchor(review.line(), review.heading()), iteration,
                review.date().map(Object::toString).orElse(""), Verdicts.text(review.verdict()),
                Verdicts.cssClass(review.verdict()), counts, groups, before, after, since);
    }

    private ReviewPage.ChecklistsView checklists(ChecklistSection section) {
        Set<Integer> lines = section.checklists().stream().map(Checklist::line).collect(Collectors.toSet());
        List<Part> others = section.parts().stream().filter(p -> !lines.contains(p.line())).toList();
        return new ReviewPage.ChecklistsView(section, html.anchor(section.line(), section.heading()), others);
    }
}
