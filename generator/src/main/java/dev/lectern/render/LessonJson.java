package dev.lectern.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lectern.model.Checklist;
import dev.lectern.model.ClaimVerification;
import dev.lectern.model.Rule;
import dev.lectern.model.Finding;
import dev.lectern.model.FindingField;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.LessonRef;
import dev.lectern.model.Located;
import dev.lectern.model.Prerequisite;
import dev.lectern.model.ResolutionCheck;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.ReviewSummary;
import dev.lectern.model.Verdict;
import dev.lectern.validate.ChecklistClaims;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code lesson.json}: the lesson's model for other tools. Keys come in the order the records
 * declare them, every key is always present ({@code null} when the spec does not say), and text
 * fields are plain text ({@link Inline#plain()}: Markdown emphasis, code marks and link targets
 * dropped; TeX kept as written). {@code title} is the title without its {@code Lesson:} prefix.
 * {@code line} fields are 1-based lines in the lesson file. The shape is published as
 * {@code lectern/schema/lesson.schema.json}; {@link #tree} gives the same tree without rendering,
 * for the schema check.
 */
public final class LessonJson {
    /** Only turns records into trees; never reconfigured. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectWriter writer;

    LessonJson() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.writer = MAPPER.writer(printer);
    }

    /** The tree {@code lesson.json} holds for {@code lesson}, with the slug of the folder its pages go to. */
    public static JsonNode tree(Lesson lesson) {
        return MAPPER.valueToTree(of(lesson, lesson.folder(), ChecklistClaims.verify(lesson, List.of())));
    }

    /** @param claims what the specification says of each checklist item ({@link ChecklistClaims}) */
    byte[] write(Lesson lesson, String slug, List<ClaimVerification> claims) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
        try {
            writer.writeValue(out, of(lesson, slug, claims)); // the records straight to bytes: no tree, no string
        } catch (IOException e) {
            throw new IllegalStateException("lesson.json could not be written for " + slug, e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    static LessonDto of(Lesson lesson, String slug, List<ClaimVerification> claims) {
        Map<Integer, ClaimVerification> byLine = new HashMap<>();
        claims.forEach(c -> byLine.put(c.item().line(), c));
        LessonMetadata meta = lesson.metadata();
        return new LessonDto(slug, lesson.displayTitle(), lesson.file(), lesson.moduleId().orElse(null),
                value(meta.moduleTitle()), value(meta.series()), value(meta.seriesTitle()),
                meta.position().map(LessonJson::position).orElse(null),
                meta.cognitiveLoad().map(l -> l.value().name()).orElse(null), value(meta.type()),
                value(meta.status()),
                lesson.prerequisites().stream().map(LessonJson::prerequisite).toList(),
                lesson.reviews().stream().map(LessonJson::review).toList(),
                lesson.checklists().stream().map(c -> checklist(c, byLine)).toList());
    }

    private static <T> T value(Optional<Located<T>> located) {
        return located.map(Located::value).orElse(null);
    }

    private static PositionDto position(LessonMetadata.Position p) {
        return new PositionDto(p.inModule().map(LessonJson::ordinal).orElse(null),
                p.inSeries().map(LessonJson::ordinal).orElse(null), p.text(), p.line());
    }

    private static OrdinalDto ordinal(LessonMetadata.Ordinal o) {
        return new OrdinalDto(o.index(), o.total().orElse(null), o.openEnded());
    }

    private static PrerequisiteDto prerequisite(Prerequisite p) {
        return new PrerequisiteDto(p.concept().plain(), p.required().map(Enum::name).orElse(null),
                p.actual().map(Enum::name).orElse(null), p.source().plain(),
                p.sourceLessons().stream().map(LessonJson::lessonRef).toList(), p.status().map(Enum::name).orElse(null), p.statusText().plain(), p.reasoning().plain(), p.line());
    }

    private static LessonRefDto lessonRef(LessonRef ref) {
        return new LessonRefDto(ref.slug().orElse(null), ref.moduleId().orElse(null), ref.position().orElse(null));
    }

    private static ReviewDto review(ReviewSection r) {
        return new ReviewDto(r.iteration().orElse(null), r.plannedIterations().orElse(null),
                r.date().map(Object::toString).orElse(null), r.heading().plain(), r.line(),
                r.verdict().map(Verdict::text).orElse(null),
                r.verdict().flatMap(Verdict::kind).map(Enum::name).orElse(null),
                r.summary().map(LessonJson::summary).orElse(null),
                r.findings().stream().map(LessonJson::finding).toList(),
                r.resolutionCheck().map(t -> t.rows().stream().map(LessonJson::resolution).toList())
                        .orElse(List.of()));
    }

    private static SummaryDto summary(ReviewSummary s) {
        return new SummaryDto(s.count(FindingSeverity.CRITICAL).orElse(null),
                s.count(FindingSeverity.IMPROVEMENT).orElse(null), s.count(FindingSeverity.POLISH).orElse(null),
                s.line());
    }

    private static FindingDto finding(Finding f) {
        return new FindingDto(f.severity().map(Enum::name).orElse(null), f.severityText(), f.title().plain(),
                f.line(), plain(f.location()), plain(f.issue()), plain(f.studentImpact()), plain(f.suggestedFix()));
    }

    private static ResolutionDto resolution(ResolutionCheck r) {
        return new ResolutionDto(r.finding().plain(), r.severity().map(Enum::name).orElse(null), r.status().plain(),
                r.howResolved().plain(), r.line());
    }

    private static ChecklistDto checklist(Checklist c, Map<Integer, ClaimVerification> claims) {
        return new ChecklistDto(c.name().plain(), c.line(), c.checkedCount(), c.items().size(),
                c.items().stream().map(i -> item(i, Optional.ofNullable(claims.get(i.line())))).toList());
    }

    private static ItemDto item(Checklist.Item i, Optional<ClaimVerification> claim) {
        return new ItemDto(i.text().plain(), i.checked(), i.line(),
                claim.map(c -> c.status().id()).orElse(ClaimVerification.Status.UNKNOWN.id()),
                claim.map(ClaimVerification::claim).filter(c -> !c.isEmpty()).orElse(null),
                claim.flatMap(ClaimVerification::reportedBy).map(Rule::id).orElse(null),
                claim.map(ClaimVerification::reason).orElse(""),
                claim.map(c -> c.evidence().stream().map(e -> new EvidenceDto(e.line(),
                        e.rule().isEmpty() ? null : e.rule(), e.message())).toList()).orElse(List.of()));
    }

    /** A finding field's text; the blocks under it (a list of steps) are the review page's, as a finding's other blocks are. */
    private static String plain(Optional<FindingField> field) {
        return field.map(f -> f.text().plain()).orElse(null);
    }

    /** The whole file. {@code module} is the module id ({@code 7.3}). */
    record LessonDto(String slug, String title, String file, String module, String moduleTitle, Integer series,
                     String seriesTitle, PositionDto position, String cognitiveLoad, String type, String status,
                     List<PrerequisiteDto> prerequisites, List<ReviewDto> reviews, List<ChecklistDto> checklists) {
    }

    record PositionDto(OrdinalDto inModule, OrdinalDto inSeries, String text, int line) {
    }

    /** {@code total} is null for {@code 2 of ?}; {@code openEnded} for {@code 2 of 2+}. */
    record OrdinalDto(int index, Integer total, boolean openEnded) {
    }

    /** Depths and status are the enum names, null when the cell could not be read. */
    record PrerequisiteDto(String concept, String required, String actual, String source,
                           List<LessonRefDto> sourceLessons, String status, String statusText, String reasoning,
                           int line) {
    }

    /** A lesson named in a source cell: {@code consistency-models (7.3.1)}; any part may be null. */
    record LessonRefDto(String slug, String module, Integer position) {
    }

    /** {@code verdict} as written; {@code verdictKind} PASS, NEEDS_REVISION, MAJOR_REVISION or null. */
    record ReviewDto(Integer iteration, Integer plannedIterations, String date, String heading, int line,
                     String verdict, String verdictKind, SummaryDto summary, List<FindingDto> findings,
                     List<ResolutionDto> resolutionCheck) {
    }

    /** The counts the reviewer wrote, null where not stated. */
    record SummaryDto(Integer critical, Integer improvement, Integer polish, int line) {
    }

    record FindingDto(String severity, String severityText, String title, int line, String location, String issue,
                      String studentImpact, String suggestedFix) {
    }

    record ResolutionDto(String finding, String severity, String status, String howResolved, int line) {
    }

    record ChecklistDto(String name, int line, long checked, int total, List<ItemDto> items) {
    }

    /**
     * {@code status}: verified, contradicted, not-machine-checkable or unknown; {@code check} what decides it
     * (null when no check matches); {@code rule} the rule that reports the item, if any.
     */
    record ItemDto(String text, boolean checked, int line, String status, String check, String rule, String reason,
                   List<EvidenceDto> evidence) {
    }

    /** A line that bears on an item's claim; {@code rule} is the diagnostic's, null when the tables say it. */
    record EvidenceDto(int line, String rule, String message) {
    }
}
