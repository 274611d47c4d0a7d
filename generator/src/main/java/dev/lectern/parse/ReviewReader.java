package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.Block;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Finding;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.ListBlock;
import dev.lectern.model.ListItem;
import dev.lectern.model.Located;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Part;
import dev.lectern.model.ResolutionCheckTable;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.ReviewSummary;
import dev.lectern.model.Table;
import dev.lectern.model.Verdict;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code ## Review} section: date and iteration from its heading, the summary counts, the
 * verdict, the findings with their labelled fields, and the resolution check of the previous
 * iteration. Parts it does not interpret (review notes) are kept.
 */
final class ReviewReader {

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ITERATION = Pattern.compile("Iteration\\s+(\\d+)(?:\\s*(?:/|of)\\s*(\\d+))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT = Pattern.compile("(Critical|Improvements?|Polish)\\s*:?\\*{0,2}\\s*:?\\s*(\\d+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERDICT = Pattern.compile("^Verdict\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FINDING = Pattern.compile(
            "^(?:\\[\\s*([A-Za-z][A-Za-z -]*?)\\s*]|(CRITICAL|IMPROVEMENT|POLISH)\\b)\\s*(?:--|—|–|-|:)?\\s*(.*)$");
    private static final Pattern FIELD = Pattern.compile("^\\*\\*([^*]+?):?\\*\\*:?\\s*(.*)$");

    private final FileReporter reporter;
    private final TableReader tables;

    ReviewReader(FileReporter reporter, TableReader tables) {
        this.reporter = reporter;
        this.tables = tables;
    }

    static boolean isReview(Inline heading) {
        return heading.plain().toLowerCase(Locale.ROOT).startsWith("review");
    }

    ReviewSection read(SplitDocument.Section section) {
        String heading = section.heading().plain();
        Optional<LocalDate> date = date(heading, section.line());
        Matcher iteration = ITERATION.matcher(heading);
        Optional<Integer> number = Optional.empty();
        Optional<Integer> planned = Optional.empty();
        if (iteration.find()) {
            number = Optional.of(Integer.parseInt(iteration.group(1)));
            planned = Optional.ofNullable(iteration.group(2)).map(Integer::parseInt);
        }
        Optional<ReviewSummary> summary = Optional.empty();
        Optional<Verdict> verdict = Optional.empty();
        Optional<ResolutionCheckTable> resolution = Optional.empty();
        List<Finding> findings = new ArrayList<>();
        List<Part> kept = new ArrayList<>();
        for (Part part : section.parts()) {
            String name = part.heading().plain();
            String lower = name.toLowerCase(Locale.ROOT);
            Matcher verdictHeading = VERDICT.matcher(name);
            Matcher findingHeading = FINDING.matcher(name);
            if (lower.startsWith("summary")) {
                summary = Optional.of(summary(part));
            } else if (verdictHeading.matches()) {
                verdict = Optional.of(verdict(part, verdictHeading.group(1)));
                kept.add(part);
            } else if (findingHeading.matches() && isFindingWord(findingHeading)) {
                findings.add(finding(part.line(), findingHeading, part.blocks()));
            } else if (lower.contains("findings") && !looksBack(lower)) {
                List<Block> rest = findings(part.blocks(), findings);
                if (!rest.isEmpty()) {
                    kept.add(new Part(part.line(), part.heading(), rest));
                }
            } else {
                // Findings may also be headed inside other parts ("Remaining Items"), but not in the
                // parts that look back at the previous iteration's findings.
                List<Block> rest = looksBack(lower) ? part.blocks() : findings(part.blocks(), findings);
                Part typed = withTypedTables(new Part(part.line(), part.heading(), rest));
                Optional<ResolutionCheckTable> check = typed.blocks().stream()
                        .filter(ResolutionCheckTable.class::isInstance).map(ResolutionCheckTable.class::cast)
                        .findFirst();
                if (check.isPresent() && resolution.isEmpty() && lower.contains("resolution")) {
                    resolution = check;
                } else {
                    kept.add(typed);
                }
            }
        }
        return new ReviewSection(section.line(), section.heading(), date, number, planned, summary, verdict,
                findings, resolution, section.intro(), kept);
    }

    /** A part about the previous iteration: its resolution check or fix verification. */
    private static boolean looksBack(String partName) {
        return partName.contains("resolution") || partName.contains("verif") || partName.contains("fix");
    }

    private Optional<LocalDate> date(String heading, int line) {
        Matcher m = DATE.matcher(heading);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            reporter.report(Rule.INVALID_DATE, line, m.start(1) + 1, "'" + m.group(1) + "' is not a calendar date");
            return Optional.empty();
        }
    }

    private Part withTypedTables(Part part) {
        List<Block> blocks = part.blocks().stream()
                .map(b -> b instanceof Table t ? tables.read(t, part.heading().plain()) : b)
                .toList();
        return new Part(part.line(), part.heading(), blocks);
    }

    private ReviewSummary summary(Part part) {
        Map<FindingSeverity, Located<Integer>> counts = new EnumMap<>(FindingSeverity.class);
        for (Inline text : texts(part.blocks())) {
            List<String> lines = text.markdown().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = COUNT.matcher(lines.get(i));
                while (m.find()) {
                    String word = m.group(1).toUpperCase(Locale.ROOT);
                    FindingSeverity severity = word.startsWith("IMPROVEMENT") ? FindingSeverity.IMPROVEMENT
                            : FindingSeverity.valueOf(word);
                    counts.putIfAbsent(severity, new Located<>(Integer.parseInt(m.group(2)), text.line() + i));
                }
            }
        }
        if (counts.isEmpty()) {
            reporter.report(Rule.UNREADABLE_SUMMARY, part.line(), 1,
                    "review summary gives no counts (expected '- Critical: N', '- Improvement: N', '- Polish: N')");
        }
        return new ReviewSummary(part.line(), counts);
    }

    /** The paragraphs and list item paragraphs of {@code blocks}, in order. */
    private static List<Inline> texts(List<Block> blocks) {
        List<Inline> texts = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                texts.add(paragraph.text());
            } else if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    texts.addAll(texts(item.blocks()));
                }
            }
        }
        return texts;
    }

    private Verdict verdict(Part part, String written) {
        String text = written.strip();
        if (text.isEmpty()) {
            text = part.blocks().stream().filter(Paragraph.class::isInstance)
                    .map(b -> ((Paragraph) b).text().plain()).findFirst().orElse("");
        }
        Optional<Verdict.Kind> kind = Vocabulary.verdict(text);
        if (kind.isEmpty()) {
            reporter.report(Rule.UNKNOWN_VERDICT, part.line(), 1, "verdict '" + text
                    + "' is none of PASS, NEEDS REVISION, MAJOR REVISION");
        }
        return new Verdict(part.line(), text, kind);
    }

    private static boolean isFindingWord(Matcher m) {
        return m.group(2) != null || m.group(1) != null;
    }

    /** Collects the findings headed inside a Findings part; returns the blocks that belong to none. */
    private List<Block> findings(List<Block> blocks, List<Finding> out) {
        List<Block> outside = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            Matcher m = block instanceof Heading h ? FINDING.matcher(h.text().plain()) : null;
            if (m == null || !m.matches()) {
                outside.add(block);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && !(blocks.get(end) instanceof Heading next
                    && next.level() <= ((Heading) block).level())) {
                end++;
            }
            out.add(finding(block.line(), m, blocks.subList(i + 1, end)));
            i = end;
        }
        return outside;
    }

    private Finding finding(int line, Matcher heading, List<Block> blocks) {
        String word = heading.group(1) != null ? heading.group(1) : heading.group(2);
        Optional<FindingSeverity> severity = Vocabulary.findingSeverity(word);
        if (severity.isEmpty()) {
            reporter.report(Rule.UNKNOWN_SEVERITY, line, 1, "finding severity '" + word
                    + "' is none of CRITICAL, IMPROVEMENT, POLISH");
        }
        Inline title = new Inline(heading.group(3).strip(), line);
        FindingFields fields = new FindingFields();
        List<Block> other = new ArrayList<>();
        for (Block block : blocks) {
            if (!(block instanceof Paragraph paragraph) || !fields.read(paragraph.text())) {
                other.add(block);
            }
        }
        return new Finding(line, severity, word.toUpperCase(Locale.ROOT), title, fields.get("location"),
                fields.get("issue"), fields.get("student impact"), fields.get("suggested fix"), other);
    }

    /** The {@code **Label:** text} fields of a finding; a line without a label continues the last field. */
    private static final class FindingFields {
        private final Map<String, StringBuilder> values = new java.util.LinkedHashMap<>();
        private final Map<String, Integer> lines = new java.util.HashMap<>();

        /** Reads a paragraph of fields; false when it starts with no known label. */
        boolean read(Inline text) {
            List<String> paragraphLines = text.markdown().lines().toList();
            Matcher first = FIELD.matcher(paragraphLines.get(0));
            if (!first.matches() || label(first.group(1)) == null) {
                return false;
            }
            String current = null;
            for (int i = 0; i < paragraphLines.size(); i++) {
                Matcher m = FIELD.matcher(paragraphLines.get(i));
                String label = m.matches() ? label(m.group(1)) : null;
                if (label != null) {
                    current = label;
                    values.put(label, new StringBuilder(m.group(2).strip()));
                    lines.put(label, text.line() + i);
                } else if (current != null) {
                    values.get(current).append('\n').append(paragraphLines.get(i));
                }
            }
            return true;
        }

        Optional<Inline> get(String label) {
            return Optional.ofNullable(values.get(label)).map(v -> new Inline(v.toString().strip(), lines.get(label)));
        }

        private static String label(String written) {
            String label = written.strip().toLowerCase(Locale.ROOT);
            return switch (label) {
                case "location", "where" -> "location";
                case "issue", "problem" -> "issue";
                case "student impact", "impact" -> "student impact";
                case "suggested fix", "fix", "suggestion" -> "suggested fix";
                default -> null;
            };
        }
    }
}
