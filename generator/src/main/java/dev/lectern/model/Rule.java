package dev.lectern.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of content problem Lectern reports: a stable id (used in reports and in
 * {@code lectern.yaml}), a default severity, and what it means. One catalog for all stages, so a
 * reviewer can look any diagnostic up and an author can tune its severity.
 */
public enum Rule {
    // Reading files
    IO_ERROR(Severity.ERROR, "a content file or folder could not be read"),
    LINK_OUTSIDE_CONTENT(Severity.ERROR, "a symbolic link that leads outside the content folder; it is not read"),
    SPECIAL_FILE(Severity.WARNING, "a pipe, device or socket where a content file is expected; it is not opened"),
    UNKNOWN_FILE(Severity.INFO, "a Markdown file in no known place of the content tree; not published"),
    INVALID_UTF8(Severity.ERROR, "bytes that are not UTF-8"),
    MOJIBAKE(Severity.INFO, "UTF-8 text once decoded as Windows-1252 (the message gives the repair; the pages show "
            + "the repaired text)"),
    FILE_TOO_LARGE(Severity.ERROR, "a content file over the size limit (8 MB, or limits: max-file-size in "
            + "lectern.yaml); it is not read"),
    PARSE_TIMEOUT(Severity.ERROR, "retired: files are no longer parsed against a clock (see file-too-large, "
            + "nesting-too-deep, inline-limit); never reported"),
    PARSE_FAILED(Severity.ERROR, "a file could not be parsed at all; it is left out"),
    NESTING_TOO_DEEP(Severity.WARNING, "lists, quotes or directives nested too deeply; the deep part is kept as text"),
    INLINE_LIMIT(Severity.WARNING, "a paragraph with more inline syntax than Lectern reads in one block; shown as "
            + "plain text"),
    INVALID_CONFIG(Severity.ERROR, "lectern.yaml cannot be read"),
    UNKNOWN_RULE(Severity.WARNING, "lectern.yaml names a rule that does not exist"),

    // Lesson structure
    MISSING_METADATA(Severity.WARNING, "a title (a first heading), slug, module or position is not stated"),
    MISSING_OUTLINE(Severity.WARNING, "a lesson with no Lesson Outline under Phase 3 and no record of what was built: "
            + "its student page has no lesson text"),
    SLUG_MISMATCH(Severity.ERROR, "the slug stated differs from the file name"),
    DUPLICATE_SLUG(Severity.ERROR, "lessons whose pages would share a folder (same slug, or one after making it safe and "
            + "case-folding); none of them is published"),
    UNSAFE_SLUG(Severity.WARNING, "a slug that cannot be a folder name; the pages use a safe one"),
    HEADING_WITHOUT_SPACE(Severity.WARNING, "a line that starts like a heading, with no space after its #s "
            + "('##Phase 1'); Markdown reads it as text, so it starts no section"),
    MISSING_TABLE(Severity.WARNING, "a course, plan or record lacks the table it is read by"),
    MALFORMED_TABLE(Severity.WARNING, "a table row with missing or extra cells, or with two cells in each other's "
            + "columns, or a table without its expected columns"),
    UNRECOGNISED_CHECKLIST(Severity.WARNING, "checklist items Lectern cannot read as a checklist (outside a "
            + "Checklists section, in a table, or not written '- [x] item'), or a Checklists section without items; "
            + "they are not verified"),
    UNKNOWN_DEPTH(Severity.WARNING, "a depth none of MENTIONED, INTRODUCED, DEVELOPED, APPLIED"),
    UNKNOWN_STATUS(Severity.WARNING, "a prerequisite status none of OK, GAP, MISSING"),
    UNKNOWN_SEVERITY(Severity.WARNING, "a finding severity none of CRITICAL, IMPROVEMENT, POLISH"),
    UNKNOWN_VERDICT(Severity.WARNING, "a verdict none of PASS, NEEDS REVISION, MAJOR REVISION"),
    UNKNOWN_COGNITIVE_LOAD(Severity.WARNING, "a cognitive load none of BUILD, STRETCH, CONSOLIDATE"),
    UNREADABLE_SUMMARY(Severity.WARNING, "a review summary whose counts cannot be read"),
    INVALID_DATE(Severity.WARNING, "a review date that is not a calendar date"),
    SCHEMA_VIOLATION(Severity.ERROR, "the lesson model breaks the published lesson schema"),
    INVALID_FRONT_MATTER(Severity.ERROR, "front matter that is not valid YAML; it is ignored"),

    // Components
    UNKNOWN_COMPONENT_COLOR(Severity.WARNING, "a component colour outside the palette; shown neutral"),
    UNKNOWN_COMPONENT(Severity.WARNING, "a directive naming no component; its content is shown as a quote"),
    UNRECOGNISED_COMPONENT(Severity.WARNING, "an outline line that starts like a component (its name and a colon, perhaps "
            + "after an author's note, a count or a title in bold) in a form Lectern does not read, or a ComparisonRow "
            + "without its table; shown as text"),
    MALFORMED_DIRECTIVE(Severity.WARNING, "a directive whose attributes or content cannot be read"),
    UNCLOSED_DIRECTIVE(Severity.WARNING, "a directive without its closing fence"),
    STRAY_DIRECTIVE_FENCE(Severity.WARNING, "a closing fence that closes no directive"),
    UNCLOSED_MATH(Severity.WARNING, "display math opened by '$$' (or LaTeX's backslash and bracket) without its closing "
            + "one"),
    UNREAD_MATH(Severity.WARNING, "LaTeX's inline math, TeX between a backslash and parenthesis on each side, which "
            + "Lectern does not read; shown as text"),
    TEX_ERROR(Severity.WARNING, "a formula KaTeX cannot typeset, or over its limits (2,000 characters, 128 levels "
            + "of nesting, KaTeX's maxExpand and maxSize)"),

    // Prerequisite audit
    PREREQ_STATUS_MISMATCH(Severity.WARNING, "status OK with the actual depth below the required one (or below the "
            + "depth the gap resolution table needs), or GAP without"),
    GAP_WITHOUT_RESOLUTION(Severity.WARNING, "a GAP prerequisite with no row in the gap resolution table"),
    PREREQ_UNTRACED(Severity.WARNING, "the source lesson's module record does not list the concept at that depth"),
    PREREQ_UNKNOWN_LESSON(Severity.WARNING, "a source lesson (of a lesson's tables or a module record) that is nowhere "
            + "in the content or plans, or a position ('7.3.9') that its module's plan does not hold; a lesson of a "
            + "module the content does not hold is not reported"),
    LESSON_NOT_WRITTEN(Severity.WARNING, "a source lesson that is planned but not written yet"),
    PREREQ_NOT_TRACEABLE(Severity.INFO, "a prerequisite the student has whose source lesson's module record is not in "
            + "the content (or whose source names no lesson), so its depth cannot be traced; the checklist's tracing "
            + "claim is then not machine-checkable"),

    // Pedagogical design
    TOO_FEW_MODALITIES(Severity.WARNING, "fewer than 3 modalities, each with a rationale"),
    TOO_FEW_EXAMPLES(Severity.WARNING, "fewer than 2 positive or 1 negative example"),
    TOO_FEW_MISCONCEPTIONS(Severity.WARNING, "fewer than 3 misconceptions, each with a negative example"),
    COGNITIVE_LOAD_EXCEEDED(Severity.WARNING, "more than 3 new concepts stated"),
    STRETCH_AFTER_STRETCH(Severity.WARNING, "two STRETCH lessons in a row in a module"),
    POSITION_MISMATCH(Severity.WARNING, "the stated position disagrees with the module plan, the series plan or other "
            + "lessons"),
    NOT_IN_PLAN(Severity.WARNING, "a lesson of a module whose plan does not list it (a renamed lesson, or a plan not updated)"),

    // Reviews
    REVIEW_COUNT_MISMATCH(Severity.WARNING, "a review summary's counts differ from the findings listed"),
    VERDICT_INCONSISTENT(Severity.WARNING, "PASS with a CRITICAL or IMPROVEMENT finding in that iteration"),
    ITERATION_SEQUENCE(Severity.WARNING, "iterations not numbered 1..n in order, or dates going backwards"),
    FINDING_UNRESOLVED(Severity.WARNING, "a finding of the previous iteration missing from the resolution check"),
    OPEN_CRITICAL(Severity.ERROR, "the latest review has a CRITICAL finding: the lesson is not publishable"),
    RECORD_VERDICT_MISMATCH(Severity.WARNING, "a module record gives a lesson's review a verdict (or an iteration) "
            + "that the lesson's own reviews do not"),
    COURSE_STATUS_MISMATCH(Severity.WARNING, "course.md calls a module complete while lessons of it in the content have "
            + "no PASS verdict"),
    CHECKLIST_UNCHECKED(Severity.WARNING, "an unticked checklist item; an info when the specification satisfies it"),
    CHECKLIST_CLAIM_CONTRADICTED(Severity.WARNING, "a ticked checklist item that the specification contradicts (the "
            + "message names the evidence)"),

    // Text and links
    SPACED_EM_DASH(Severity.INFO, "an em dash with spaces around it in student-facing text (a house style)"),
    BROKEN_LESSON_LINK(Severity.WARNING, "a link to a lesson slug that does not exist"),
    UNDEFINED_LINK_REFERENCE(Severity.WARNING, "a link [text][label] whose label no definition [label]: url in the "
            + "file gives; the page shows it as written"),
    BROKEN_LINK(Severity.WARNING, "a link in the published pages that points at nothing");

    private final Severity defaultSeverity;
    private final String description;

    Rule(Severity defaultSeverity, String description) {
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    /** The stable id: {@code unknown-component-color}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String description() {
        return description;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }
}
