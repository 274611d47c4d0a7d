package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.Block;
import dev.lectern.model.Connection;
import dev.lectern.model.ConnectionTable;
import dev.lectern.model.Depth;
import dev.lectern.model.Example;
import dev.lectern.model.ExampleTable;
import dev.lectern.model.FileReporter;
import dev.lectern.model.GapResolution;
import dev.lectern.model.GapResolutionTable;
import dev.lectern.model.Inline;
import dev.lectern.model.Misconception;
import dev.lectern.model.MisconceptionTable;
import dev.lectern.model.Modality;
import dev.lectern.model.ModalityTable;
import dev.lectern.model.PrereqStatus;
import dev.lectern.model.Prerequisite;
import dev.lectern.model.PrerequisiteTable;
import dev.lectern.model.RelevantConcept;
import dev.lectern.model.RelevantConceptTable;
import dev.lectern.model.ResolutionCheck;
import dev.lectern.model.ResolutionCheckTable;
import dev.lectern.model.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the planning tables by their header rows (the variants of FORMAT.md) and reads their
 * rows into typed records. A table under a heading that names a planning table but lacking its
 * columns is reported; other tables stay generic.
 */
final class TableReader {

    // the words a column's header starts with, as authors name it
    private static final String[] SOURCE = {"source", "taught in", "from", "lesson"};
    private static final String[] NEGATIVE = {"negative", "counter"};
    private static final String[] TYPE = {"type", "kind"};
    private static final String[] WHAT = {"what", "description"};
    private static final String[] CONNECTS = {"connects", "connection", "builds on", "prior"};
    private static final String[] RESOLVED = {"status", "resolved", "resolution"};

    private final FileReporter reporter;

    TableReader(FileReporter reporter) {
        this.reporter = reporter;
    }

    /** The typed table for {@code table}, or the table itself; {@code partHeading} may hint the kind. */
    Block read(Table table, Inline partHeading) {
        ColumnMap columns = new ColumnMap(table);
        if (columns.has("required") && columns.has("actual") && columns.has("status")) {
            return prerequisites(table, columns);
        }
        if (columns.labelIs("concept") && columns.has("depth") && columns.has(SOURCE)) {
            return relevantConcepts(table, columns);
        }
        if (columns.labelIs("gap") && columns.has("resolution")) {
            return gapResolution(table, columns);
        }
        if (columns.labelIs("misconception") && columns.has(NEGATIVE)) {
            return misconceptions(table, columns);
        }
        if (columns.labelIs("example") && columns.has(TYPE)) {
            return examples(table, columns);
        }
        if (columns.labelIs("modality") && columns.has(WHAT)) {
            return modalities(table, columns);
        }
        if ((columns.labelIs("new concept", "concept") && columns.has(CONNECTS)) || columns.labelIs("prior concept")) {
            return connections(table, columns);
        }
        if (columns.labelIs("finding") && columns.has(RESOLVED)) {
            return resolutionCheck(table, columns);
        }
        expectedButMissing(table, columns, partHeading);
        return table;
    }

    /** The blocks with each table read by {@link #read}, under {@code partHeading}. */
    List<Block> readAll(List<Block> blocks, Inline partHeading) {
        return blocks.stream().map(b -> b instanceof Table t ? read(t, partHeading) : b).toList();
    }

    /** A table that a part's heading names: its columns as authors write them, and those it is read by. */
    private record Kind(String heading, String columns, List<String> readBy) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("prerequisite", "Concept | Required Depth | Actual Depth | Source Lesson | Status | Reasoning",
                    List.of("Required Depth", "Actual Depth", "Status")),
            new Kind("gap resolution", "Gap | Size | Resolution", List.of("Gap", "Resolution")),
            new Kind("misconceptions", "Misconception | Why They'd Think This | Negative Example | Where to Address",
                    List.of("Misconception", "Negative Example")),
            new Kind("examples", "Example | Type | Purpose | Why This Example", List.of("Example", "Type")),
            new Kind("modalities", "Modality | What Specifically | Why This Modality", List.of("Modality", "What Specifically")));

    /** Reports a table under a heading that names a kind of table whose columns it lacks, naming those it lacks. */
    private void expectedButMissing(Table table, ColumnMap columns, Inline partHeading) {
        String heading = partHeading.name(); // 2. Prerequisites as prerequisites
        for (Kind kind : KINDS) {
            if (heading.startsWith(kind.heading())) {
                List<String> lacking = kind.readBy().stream()
                        .filter(name -> !columns.has(name.split(" ")[0].toLowerCase(Locale.ROOT))).toList();
                reporter.report(Rule.MALFORMED_TABLE, table.line(), 1, "table under '" + partHeading.plain()
                        + "' lacks its expected columns (" + kind.columns() + ")"
                        + (lacking.isEmpty() ? "" : ": no " + String.join(", no ", lacking) + " column"));
                return;
            }
        }
    }

    private PrerequisiteTable prerequisites(Table table, ColumnMap c) {
        int concept = c.label();
        int required = c.find("required");
        int actual = c.find("actual");
        int source = c.find(SOURCE);
        int status = c.find("status");
        int reasoning = c.find("reasoning", "notes", "why");
        List<Prerequisite> rows = table.rows().stream().map(row -> {
            Inline statusCell = row.cell(status);
            Optional<PrereqStatus> parsedStatus = Vocabulary.prereqStatus(statusCell.markdown());
            if (parsedStatus.isEmpty()) {
                reporter.report(Rule.UNKNOWN_STATUS, row.line(), statusCell.column(), "prerequisite status '" + statusCell.plain()
                        + "' is none of OK, GAP, MISSING");
            }
            Inline actualCell = row.cell(actual);
            Inline sourceCell = row.cell(source);
            if (swapped(actualCell, sourceCell)) {
                reporter.report(Rule.MALFORMED_TABLE, row.line(), actualCell.column(), "the Actual Depth and Source cells are in each "
                        + "other's columns ('" + actualCell.plain() + "' | '" + sourceCell.plain() + "'); read as depth "
                        + sourceCell.plain() + " from " + actualCell.plain());
                actualCell = row.cell(source);
                sourceCell = row.cell(actual);
            }
            return new Prerequisite(row.line(), row.cell(concept), depth(row.cell(required), row.line(), reporter),
                    heldDepth(actualCell, row.line()), sourceCell,
                    LessonRefs.find(sourceCell.markdown()), parsedStatus, statusCell, row.cell(reasoning));
        }).toList();
        return new PrerequisiteTable(table, rows);
    }

    /** An actual depth that names a lesson beside a source that names a depth: written in each other's place. */
    private static boolean swapped(Inline actual, Inline source) {
        return Vocabulary.depth(actual.markdown()).isEmpty() && !Vocabulary.notTaught(actual.plain())
                && !LessonRefs.find(actual.markdown()).isEmpty() && Vocabulary.depth(source.markdown()).isPresent();
    }

    private RelevantConceptTable relevantConcepts(Table table, ColumnMap c) {
        int depth = c.find("depth");
        int source = c.find(SOURCE);
        int notes = c.find("notes", "how", "what");
        return new RelevantConceptTable(table, table.rows().stream()
                .map(row -> new RelevantConcept(row.line(), row.cell(c.label()), heldDepth(row.cell(depth), row.line()),
                        row.cell(depth), row.cell(source), LessonRefs.find(row.cell(source).markdown()),
                        row.cell(notes)))
                .toList());
    }

    private GapResolutionTable gapResolution(Table table, ColumnMap c) {
        int size = c.find("size");
        int resolution = c.find("resolution");
        return new GapResolutionTable(table, table.rows().stream()
                .map(row -> new GapResolution(row.line(), row.cell(c.label()), row.cell(size), row.cell(resolution)))
                .toList());
    }

    private MisconceptionTable misconceptions(Table table, ColumnMap c) {
        int why = c.find("why");
        int negative = c.find(NEGATIVE);
        int where = c.find("where");
        return new MisconceptionTable(table, table.rows().stream()
                .map(row -> new Misconception(row.line(), row.cell(c.label()), row.cell(why), row.cell(negative),
                        row.cell(where)))
                .toList());
    }

    private ExampleTable examples(Table table, ColumnMap c) {
        int type = c.find(TYPE);
        int purpose = c.find("purpose");
        int why = c.find("why");
        return new ExampleTable(table, table.rows().stream()
                .map(row -> new Example(row.line(), row.cell(c.label()), row.cell(type), row.cell(purpose), row.cell(why)))
                .toList());
    }

    private ModalityTable modalities(Table table, ColumnMap c) {
        int what = c.find(WHAT);
        int rationale = c.find("why", "rationale");
        return new ModalityTable(table, table.rows().stream()
                .map(row -> new Modality(row.line(), row.cell(c.label()), row.cell(what), row.cell(rationale)))
                .toList());
    }

    private ConnectionTable connections(Table table, ColumnMap c) {
        int connectsTo = c.find(CONNECTS);
        int how = c.has("prior concept") && !c.has("new concept") ? -1 : c.find("how");
        return new ConnectionTable(table, table.rows().stream()
                .map(row -> new Connection(row.line(), row.cell(c.label()), row.cell(connectsTo), row.cell(how)))
                .toList());
    }

    private ResolutionCheckTable resolutionCheck(Table table, ColumnMap c) {
        int severity = c.find("severity");
        int status = c.find(RESOLVED);
        int resolution = c.find("resolution");
        int how = c.has("how", "notes", "details") ? c.find("how", "notes", "details") : resolution != status ? resolution : -1;
        return new ResolutionCheckTable(table, table.rows().stream().map(row -> {
            Inline severityCell = row.cell(severity);
            var parsed = Vocabulary.findingSeverity(severityCell.plain());
            if (severity >= 0 && parsed.isEmpty()) {
                reporter.report(Rule.UNKNOWN_SEVERITY, row.line(), severityCell.column(), "severity '" + severityCell.plain()
                        + "' is none of CRITICAL, IMPROVEMENT, POLISH");
            }
            return new ResolutionCheck(row.line(), row.cell(c.label()), parsed, row.cell(status), row.cell(how));
        }).toList());
    }

    /**
     * The depth the student has, empty without a diagnostic when the cell says none ({@code NOT TAUGHT}:
     * {@link Vocabulary#notTaught}).
     */
    private Optional<Depth> heldDepth(Inline cell, int line) {
        return Vocabulary.notTaught(cell.plain()) ? Optional.empty() : depth(cell, line, reporter);
    }

    /** The depth a cell names, reporting a cell that names none (in a planning table or a record's Concept Index). */
    static Optional<Depth> depth(Inline cell, int line, FileReporter reporter) {
        Optional<Depth> depth = Vocabulary.depth(cell.markdown());
        if (depth.isEmpty()) {
            reporter.report(Rule.UNKNOWN_DEPTH, line, cell.column(), "depth '" + cell.plain()
                    + "' is none of MENTIONED, INTRODUCED, DEVELOPED, APPLIED");
        }
        return depth;
    }
}
