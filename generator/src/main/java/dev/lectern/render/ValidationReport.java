package dev.lectern.render;

import dev.lectern.model.ClaimVerification;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Lesson;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import dev.lectern.validate.ChecklistClaims;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the validation reports show, the same for the static page
 * ({@code lessons/reports/validation.html}) and the Maven "Lesson validation" report: totals, per
 * lesson its review status, checklists and diagnostics, the diagnostics of the other files, and the
 * rule catalog.
 *
 * @param lessons    every lesson, by module, position in the module, then file
 * @param otherFiles files that are not lessons (course, plans, records, {@code lectern.yaml}, published
 *                   pages) and have diagnostics, by path
 * @param listedFrom the least severe diagnostics listed one by one ({@code warning}); the others, {@code unlisted}
 *                   of them, are counted per rule ({@code lectern.yaml}: {@code pages: min-severity})
 */
public record ValidationReport(int lessonCount, DiagnosticCounts totals, long filesWithDiagnostics,
                               List<LessonReport> lessons, List<FileReport> otherFiles, List<RuleRow> rules,
                               List<RuleCount> ruleCounts, List<ClaimCount> claimCounts, String listedFrom,
                               long unlisted) {

    /** The anchor prefix of a lesson's section: {@code lesson-<folder>}. */
    static final String LESSON_ID = "lesson-";

    public ValidationReport {
        lessons = List.copyOf(lessons);
        otherFiles = List.copyOf(otherFiles);
        rules = List.copyOf(rules);
        ruleCounts = List.copyOf(ruleCounts);
        claimCounts = List.copyOf(claimCounts);
    }

    /**
     * A rule's diagnostics at one severity: how many, in how many files, and each of them where it is.
     * {@code id} is the anchor of its list on the validation page: {@code by-rule-spaced-em-dash}.
     */
    public record RuleCount(String id, String rule, String severity, boolean knownRule, long count, long files,
                            List<RuleDiagnostic> diagnostics) {
        public RuleCount {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** A diagnostic with the file it is in and the anchor of that file's section ({@code lesson-sdxl}). */
    public record RuleDiagnostic(String file, String section, DiagnosticRow row) {
    }

    /** How the checklist items that one check decides (or that none matches: {@code claim} empty) fared across the course. */
    public record ClaimCount(String claim, long verified, long contradicted, long notMachineCheckable, long unknown) {
        public long total() {
            return verified + contradicted + notMachineCheckable + unknown;
        }
    }

    /** The lessons that cannot be published, in report order. */
    public List<LessonReport> blocked() {
        return lessons.stream().filter(l -> !l.publishable()).toList();
    }

    /** The lessons with ticked items the specification contradicts. */
    public List<LessonReport> withContradictedClaims() {
        return lessons.stream().filter(l -> !l.contradicted().isEmpty()).toList();
    }

    /** The lessons with no checklist item to verify, in report order. */
    public List<LessonReport> withoutChecklists() {
        return lessons.stream().filter(l -> l.claims().isEmpty()).toList();
    }

    public long contradictedClaims() {
        return lessons.stream().mapToLong(l -> l.contradicted().size()).sum();
    }

    /** Every checklist item's status, summed: the last row of the checklist verification table. */
    public ClaimCount claimTotals() {
        return new ClaimCount("", claimCounts.stream().mapToLong(ClaimCount::verified).sum(),
                claimCounts.stream().mapToLong(ClaimCount::contradicted).sum(),
                claimCounts.stream().mapToLong(ClaimCount::notMachineCheckable).sum(),
                claimCounts.stream().mapToLong(ClaimCount::unknown).sum());
    }

    /** One diagnostic as a table row; {@code location} is {@code 391:1}, {@code 40}, or {@code –} for the whole file. */
    public record DiagnosticRow(int line, String location, String severity, String rule,
                                boolean knownRule, String message) {

        static DiagnosticRow of(Diagnostic d) {
            String location = d.line() == 0 ? "–" : d.line() + (d.column() > 0 ? ":" + d.column() : "");
            return new DiagnosticRow(d.line(), location, d.severity().label(), d.rule(),
                    Rule.byId(d.rule()).isPresent(), d.message());
        }
    }

    /** The diagnostics of a file that is not a lesson; {@code id} is its section's anchor. */
    public record FileReport(String id, String file, DiagnosticCounts counts, List<DiagnosticRow> diagnostics) {
        public FileReport {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** A rule of the catalog, as {@code lectern.yaml} names it, with its default severity. */
    public record RuleRow(String id, String severity, String description) {
    }

    /**
     * Builds the report from the content as read and every diagnostic, in the order given, listing those at
     * least as severe as {@code listedFrom} one by one.
     *
     * @param claims the checklist verifications, remembered from validation
     */
    static ValidationReport of(CourseContent content, List<Diagnostic> diagnostics, Severity listedFrom,
                               ChecklistClaims claims) {
        Map<String, List<Diagnostic>> byFile = diagnostics.stream()
                .collect(Collectors.groupingBy(Diagnostic::file, LinkedHashMap::new, Collectors.toList()));
        Anchors.Ids ids = new Anchors.Ids();
        List<LessonReport> lessons = sections(content, ids).stream()
                .map(s -> {
                    List<Diagnostic> own = byFile.getOrDefault(s.lesson().file(), List.of());
                    return LessonReport.of(s.lesson(), s.dir(), s.id(), own, claims.of(s.lesson(), own), listedFrom);
                })
                .toList();
        Set<String> lessonFiles = content.lessons().stream().map(Lesson::file)
                .collect(Collectors.toSet());
        List<FileReport> others = byFile.entrySet().stream()
                .filter(e -> !lessonFiles.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new FileReport(ids.unique("file-" + Anchors.slug(e.getKey())), e.getKey(),
                        DiagnosticCounts.of(e.getValue()), e.getValue().stream()
                        .filter(d -> d.severity().atLeast(listedFrom)).map(DiagnosticRow::of).toList()))
                .toList();
        List<RuleRow> rules = Arrays.stream(Rule.values())
                .map(rule -> new RuleRow(rule.id(), rule.defaultSeverity().label(), rule.description())).toList();
        Map<String, String> sections = new HashMap<>();
        lessons.forEach(l -> sections.put(l.file(), l.id()));
        others.forEach(f -> sections.put(f.file(), f.id()));
        return new ValidationReport(content.lessons().size(), DiagnosticCounts.of(diagnostics), byFile.size(),
                lessons, others, rules, ruleCounts(diagnostics, sections, listedFrom), claimCounts(lessons),
                listedFrom.label(), diagnostics.stream().filter(d -> !d.severity().atLeast(listedFrom)).count());
    }

    /** Most severe first, then the most frequent; each lists its diagnostics when they are at least {@code listedFrom}. */
    private static List<RuleCount> ruleCounts(List<Diagnostic> diagnostics, Map<String, String> sections,
                                              Severity listedFrom) {
        Map<Severity, Map<String, List<Diagnostic>>> found = diagnostics.stream().collect(Collectors.groupingBy(
                Diagnostic::severity, () -> new EnumMap<>(Severity.class),
                Collectors.groupingBy(Diagnostic::rule, Collectors.toList())));
        List<RuleCount> counts = new ArrayList<>();
        found.forEach((severity, byRule) -> byRule.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Diagnostic>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    Optional<Rule> rule = Rule.byId(e.getKey());
                    // a rule found at a severity other than its default (lectern.yaml, an info of checklist-unchecked)
                    String id = "by-rule-" + Anchors.slug(e.getKey())
                            + (rule.map(Rule::defaultSeverity).filter(severity::equals).isPresent() ? "" : "-" + severity.label());
                    counts.add(new RuleCount(id, e.getKey(), severity.label(), rule.isPresent(), e.getValue().size(),
                            e.getValue().stream().map(Diagnostic::file).distinct().count(), e.getValue().stream()
                            .filter(d -> d.severity().atLeast(listedFrom))
                            .map(d -> new RuleDiagnostic(d.file(), sections.getOrDefault(d.file(), ""), DiagnosticRow.of(d)))
                            .toList()));
                }));
        return counts;
    }

    /** In the order the checks first appear in the course's checklists. */
    private static List<ClaimCount> claimCounts(List<LessonReport> lessons) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (LessonReport lesson : lessons) {
            for (ClaimVerification claim : lesson.claims()) {
                counts.computeIfAbsent(claim.claim(), c -> new long[4])[claim.status().ordinal()]++;
            }
        }
        return counts.entrySet().stream().map(e -> new ClaimCount(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    /**
     * Each lesson's section id, by lesson file: they depend on the content alone (lessons come before
     * the other files), so lesson pages can link to their section before the diagnostics are all known.
     */
    static Map<String, String> lessonIds(CourseContent content) {
        Map<String, String> ids = new HashMap<>();
        sections(content, new Anchors.Ids()).forEach(s -> ids.put(s.lesson().file(), s.id()));
        return ids;
    }

    /** A lesson's section: its folder under {@code lessons/} (empty when it gets no pages) and anchor. */
    private record Section(Lesson lesson, String dir, String id) {
    }

    /** The lessons' sections in report order: by module, position in the module, then file. */
    private static List<Section> sections(CourseContent content, Anchors.Ids ids) {
        Map<String, String> dirs = new HashMap<>();
        SiteRenderer.publish(content, d -> { }).forEach(p -> dirs.put(p.lesson().file(), p.dir()));
        return content.lessons().stream()
                .sorted(Comparator.comparing((Lesson l) -> l.moduleId().orElse("~"), CourseIndex::compareModuleIds)
                        .thenComparingInt(CourseIndex::positionInModule)
                        .thenComparing(Lesson::file))
                .map(lesson -> {
                    Optional<String> dir = Optional.ofNullable(dirs.get(lesson.file()));
                    String id = ids.unique(dir.map(d -> LESSON_ID + d)
                            .orElseGet(() -> "lesson-file-" + Anchors.slug(lesson.file())));
                    return new Section(lesson, dir.orElse(""), id);
                })
                .toList();
    }
}
