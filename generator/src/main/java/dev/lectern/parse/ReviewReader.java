package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.Block;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Finding;
import dev.lectern.model.FindingField;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.ListBlock;
import dev.lectern.model.ListItem;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Part;
import dev.lectern.model.Quote;
import dev.lectern.model.ResolutionCheckTable;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.ReviewSummary;
import dev.lectern.model.Table;
import dev.lectern.model.ThematicBreak;
import dev.lectern.model.Verdict;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a {@code ## Review} section: date and iteration from its heading, the summary counts, the
 * verdict, the findings with their labelled fields, and the resolution check of the previous
 * iteration. Parts it does not interpret (review notes) are kept.
 */
final class ReviewReader {

    private static final Pattern REVIEW_HEADING = Pattern.compile("(?:\\S+\\s+){0,2}review\\b");
    /** {@code 2026-02-20} (also with {@code /} or {@code .}, one-digit parts), {@code 20 Feb 2026}, {@code February 20, 2026}. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
            + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})"
            + "|([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    /** A date with the year last ({@code 20.02.2026}, {@code 02/20/2026}): which part is the month is unknown. */
    private static final Pattern OTHER_DATE = Pattern.compile("\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b");
    private static final Pattern ITERATION = Pattern.compile(
            "(?:Iteration|Iter\\.?|Round|#|(?<=^Review\\s))\\s*(\\d{1,4})(?!\\d)(?![./-]\\d{2})(?:\\s*(?:/|of)\\s*(\\d{1,4}))?", Pattern.CASE_INSENSITIVE);
    /** {@code Critical: 1}, {@code **Critical:** 1}, {@code Critical issues — 1}, {@code Critical: none}, a table row. */
    private static final Pattern COUNT = Pattern.compile("(?<word>Critical|Improvements?|Polish)"
            + "(?:\\s+(?:issues?|findings?|items?))?[\\s*:—–=|-]*(?<n>\\d{1,6}|none|no|zero)\\b"
            + "|\\b(?<n2>\\d{1,6}|no|zero)\\s+(?<word2>critical|improvements?|polish)\\b", Pattern.CASE_INSENSITIVE);
    /** {@code Summary}, {@code Findings Summary}, {@code Review Summary}. */
    private static final Pattern SUMMARY = Pattern.compile("(?:(?:findings?|review)\\s+)?summary\\b");
    /** A paragraph that only names the summary counts below it: {@code **Summary:**}. */
    private static final Pattern SUMMARY_LABEL = Pattern.compile("(?i)(?:(?:findings?|review)\\s+)?summary\\s*:?");
    private static final String VERDICT_WORD = "^(?:(?:final|overall)\\s+)?verdict";
    /** {@code Verdict: PASS}, {@code Verdict} (the verdict below it), {@code Final Verdict}, {@code Result: PASS}. */
    private static final Pattern VERDICT = Pattern.compile("(?:" + VERDICT_WORD + "\\b\\s*(?::|—|–|--)?"
            + "|^(?:result|outcome|decision)\\s*(?::|—|–|--))\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    /** A verdict in a paragraph ({@code **Verdict:** PASS}) needs its colon: {@code Verdict rationale: ...} is not one. */
    private static final Pattern VERDICT_LINE = Pattern.compile(VERDICT_WORD + "\\s*(?::|—|–|--)\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** A finding's number after its severity: {@code CRITICAL-1:}, {@code Critical #2 --}, {@code POLISH 3:}. */
    private static final String FINDING_ID = "(?:[-#]\\d+|\\s+#?\\d+(?=\\s*(?:--|—|–|-|:)))?";
    /**
     * {@code [CRITICAL] -- title}, also numbered or decorated ({@code 1. [CRITICAL]}, {@code Finding 2 [POLISH]:},
     * {@code 🔴 [CRITICAL]}, {@code Issue 1 (CRITICAL):}, {@code C1 (critical):}), with an id
     * ({@code [CRITICAL-1]}, {@code CRITICAL-1:}), in parentheses, or a bare word: {@code CRITICAL title},
     * {@code Critical — title}; or the severity last: {@code title [CRITICAL]}. Unicode's spaces are spaces: a
     * no-break space after the severity is no part of the title.
     */
    private static final Pattern FINDING = Pattern.compile("(?U)^[^\\p{L}\\[(]*(?:(?i:finding|issue)\\s*#?\\d*\\s*[:.]?\\s*"
            + "|[A-Z]{1,2}-?\\d+[:.]?\\s+(?=[\\[(]))?"
            + "(?:\\[\\s*(?<bracket>[A-Za-z][A-Za-z -]*?)(?:\\s*[-#]?\\s*\\d+)?\\s*]"
            + "|\\((?<paren>(?i:critical|improvement|polish))\\)"
            + "|(?<bare>CRITICAL|IMPROVEMENT|POLISH)\\b" + FINDING_ID
            + "|(?<word>(?i:critical|improvement|polish))" + FINDING_ID + "(?=\\s*(?:--|—|–|-|:)))"
            + "\\s*(?:--|—|–|-|:)?\\s*(?<title>.*)$"
            + "|^(?<before>.+?)\\s*[\\[(](?<last>(?i:critical|improvement|polish))[\\])]\\s*$");
    /** A line led by bold text: {@code **[CRITICAL] Title** -- what it is about}. */
    private static final Pattern BOLD_LEAD = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*(?:--|—|–|:)?\\s*(.*)$");
    /** A field label after text on its line: fields run on in one paragraph, each starts a line of its own. */
    private static final Pattern LATER_FIELD = Pattern.compile("[ \\t]+(?=\\*\\*(?:Location|Issue|Problem|Student impact|Impact"
            + "|Suggested fix|Fix|Recommendation)(?::\\*\\*|\\*\\*:))", Pattern.CASE_INSENSITIVE);
    /**
     * A finding's field: {@code **Issue:** text}, {@code **Issue**: text}, {@code **Issue** — text} or {@code Issue: text};
     * the label's name in {@code bold} or {@code plain}, its colon or dash after bold words in {@code colon} or {@code after}.
     */
    private static final Pattern FIELD = Pattern.compile("^(?:\\*\\*(?<bold>[^*]+?)(?<colon>:?)\\*\\*"
            + "(?<after>:|\\s*(?:--|—|–)(?=\\s))?|(?<plain>[A-Za-z][A-Za-z ]{0,30}):)\\s*(?<text>.*)$");

    private final FileReporter reporter;
    private final TableReader tables;

    ReviewReader(FileReporter reporter, TableReader tables) {
        this.reporter = reporter;
        this.tables = tables;
    }

    /** {@code Review -- date}, and with a word or two before it: {@code Lesson Review}, {@code Iteration 2 Review}. */
    static boolean isReview(Inline heading) {
        return REVIEW_HEADING.matcher(heading.name()).lookingAt();
    }

    /** A review's own heading, with its date or iteration ({@code Review -- 2026-02-20}), not one of its parts ({@code Review Notes}). */
    static boolean isDatedReview(Inline heading) {
        return isReview(heading) && (DATE.matcher(heading.plain()).find() || ITERATION.matcher(heading.plain()).find());
    }

    /** A heading that names a part of a review: its summary, verdict, findings or one finding. */
    static boolean isReviewPart(Inline heading) {
        String name = heading.name();
        return SUMMARY.matcher(name).lookingAt() || name.startsWith("findings") || name.startsWith("issues")
                || VERDICT.matcher(heading.plain()).matches()
                || findingStart(new Heading(heading.line(), 2, heading)) != null;
    }

    /** A finding's first line as {@link #FINDING} matched it, and the text it was matched on, where the severity and title are. */
    private record FindingStart(Matcher match, Inline text) {
        static FindingStart of(Inline text) {
            return new FindingStart(FINDING.matcher(text.plain()), text);
        }

        /** The column of the group's text, {@code text}'s column when the group did not match. */
        int columnOf(String group) {
            return match.group(group) == null ? text.column() : ReviewReader.columnOf(text, match.start(group), match.group(group));
        }
    }

    ReviewSection read(SplitDocument.Section section) {
        String heading = section.heading().plain();
        Optional<LocalDate> date = date(section.heading());
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
            FindingStart findingHeading = FindingStart.of(part.heading());
            if (SUMMARY.matcher(part.heading().name()).lookingAt()) {
                summary = Optional.of(summary(part));
                List<Block> prose = part.blocks().stream().filter(b -> !isCounts(b)).toList();
                if (!prose.isEmpty()) { // what the reviewer wrote beside the counts
                    kept.add(new Part(part.line(), part.heading(), prose));
                }
            } else if (verdictHeading.matches()) {
                verdict = Optional.of(verdict(part.heading(), verdictHeading, part.blocks()));
                kept.add(part);
            } else if (findingHeading.match().matches()) {
                // findings headed one level deeper than this one belong beside it, not in its text
                List<Finding> deeper = new ArrayList<>();
                List<Block> own = findings(part.blocks(), deeper, false);
                findings.add(finding(part.line(), findingHeading, own));
                findings.addAll(deeper);
            } else if ((lower.contains("findings") || lower.contains("issues")) && !looksBack(lower)) { // Issues Found
                List<Block> rest = findings(part.blocks(), findings, true);
                if (!rest.isEmpty()) {
                    kept.add(new Part(part.line(), part.heading(), rest));
                }
            } else {
                // Findings may also be headed inside other parts ("Remaining Items"), but not in the
                // parts that look back at the previous iteration's findings.
                List<Block> rest = looksBack(lower) ? part.blocks() : findings(part.blocks(), findings, false);
                if (rest.isEmpty() && !part.blocks().isEmpty()) {
                    continue; // a part of findings only ("Remaining Items"): they are the review's, no text is left
                }
                Part typed = new Part(part.line(), part.heading(), tables.readAll(rest, part.heading()));
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
        List<Block> intro = section.intro();
        if (summary.isEmpty()) { // counts in the review's text, its intro first: **Summary:**, then - Critical: 1
            Optional<TextSummary> inIntro = summaryInText(intro);
            if (inIntro.isPresent()) {
                summary = Optional.of(inIntro.get().summary());
                intro = inIntro.get().rest();
            }
            for (int i = 0; i < kept.size() && summary.isEmpty(); i++) {
                Part part = kept.get(i);
                Optional<TextSummary> inPart = looksBack(part.heading().name()) ? Optional.empty() : summaryInText(part.blocks());
                if (inPart.isPresent()) {
                    summary = Optional.of(inPart.get().summary());
                    kept.set(i, new Part(part.line(), part.heading(), inPart.get().rest()));
                }
            }
        }
        if (verdict.isEmpty()) {
            verdict = verdictInText(intro, section.parts());
        }
        return new ReviewSection(section.line(), section.heading(), date, number, planned, summary, verdict,
                findings, resolution, intro, kept);
    }

    /**
     * The source column of {@code part}, found at {@code index} of the text's plain form: exact where that is the
     * text as written (no marks taken out), else where the longest start of the part written in the text is, when
     * it is there once (marks cut the part where the plain form left them out); else where the text starts.
     */
    private static int columnOf(Inline text, int index, String part) {
        String markdown = text.markdown();
        if (text.plain().equals(markdown)) {
            return text.columnAt(index);
        }
        for (int length = part.length(); length > 0; length--) {
            int at = markdown.indexOf(part.substring(0, length));
            if (at >= 0) {
                return markdown.indexOf(part.substring(0, length), at + 1) < 0 ? text.columnAt(at) : text.column();
            }
        }
        return text.column();
    }

    /** A part about the previous iteration: its resolution check or fix verification. */
    private static boolean looksBack(String partName) {
        return partName.contains("resolution") || partName.contains("verif") || partName.contains("fix");
    }

    /** The review's date in its heading; a date Lectern cannot read is reported where it is written. */
    private Optional<LocalDate> date(Inline written) {
        String heading = written.plain();
        int line = written.line();
        Matcher m = DATE.matcher(heading);
        while (m.find()) {
            String year = m.group(1) != null ? m.group(1) : m.group(6) != null ? m.group(6) : m.group(9);
            String day = m.group(1) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(8);
            Optional<Integer> month = m.group(1) != null ? Optional.of(Integer.parseInt(m.group(2)))
                    : month(m.group(5) != null ? m.group(5) : m.group(7));
            if (month.isEmpty()) {
                continue; // a word before a number, not a month
            }
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(year), month.get(), Integer.parseInt(day)));
            } catch (DateTimeException e) {
                reporter.report(Rule.INVALID_DATE, line, columnOf(written, m.start(), m.group()),
                        "'" + m.group() + "' is not a calendar date");
                return Optional.empty();
            }
        }
        Matcher other = OTHER_DATE.matcher(heading);
        if (other.find()) {
            reporter.report(Rule.INVALID_DATE, line, columnOf(written, other.start(), other.group()), "'" + other.group() + "' is not a date Lectern "
                    + "reads (day and month could be either way round); write it 2026-02-20");
        }
        return Optional.empty();
    }

    /** The month a word names, in full or by its first three letters or more: {@code Feb}, {@code Sept}. */
    private static Optional<Integer> month(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return Arrays.stream(Month.values()).filter(m -> m.name().startsWith(upper)).map(Month::getValue).findFirst();
    }

    private ReviewSummary summary(Part part) {
        Map<FindingSeverity, ReviewSummary.Count> counts = new EnumMap<>(FindingSeverity.class);
        for (Inline text : texts(part.blocks())) {
            List<String> lines = countLines(text).toList();
            for (int i = 0, lineStart = 0; i < lines.size(); lineStart += lines.get(i).length() + 1, i++) {
                Matcher m = COUNT.matcher(lines.get(i));
                while (m.find()) {
                    String word = (m.group("word") != null ? m.group("word") : m.group("word2")).toUpperCase(Locale.ROOT);
                    String n = m.group("n") != null ? "n" : "n2";
                    String number = m.group(n);
                    FindingSeverity severity = word.startsWith("IMPROVEMENT") ? FindingSeverity.IMPROVEMENT
                            : FindingSeverity.valueOf(word);
                    int count = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : 0; // none, no, zero
                    counts.putIfAbsent(severity, new ReviewSummary.Count(count, text.line() + i,
                            text.columnAt(lineStart + m.start(n))));
                }
            }
        }
        if (counts.isEmpty()) {
            reporter.report(Rule.UNREADABLE_SUMMARY, part.line(), part.heading().column(),
                    "review summary gives no counts (expected '- Critical: N', '- Improvement: N', '- Polish: N')");
        }
        return new ReviewSummary(part.line(), counts);
    }

    /** The paragraphs, list item paragraphs and table rows ({@code Critical | 1}) of {@code blocks}, in order. */
    private static List<Inline> texts(List<Block> blocks) {
        List<Inline> texts = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                texts.add(paragraph.text());
            } else if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    texts.addAll(texts(item.blocks()));
                }
            } else if (block instanceof Table table) {
                table.rows().forEach(row -> texts.add(new Inline(row.cells().stream().map(Inline::markdown)
                        .collect(Collectors.joining(" | ")), row.line())));
            }
        }
        return texts;
    }

    /**
     * The verdict after its label in {@code labelled} ({@code label} matched its plain text, the verdict its group 1),
     * or when that is empty the first paragraph of {@code after}; placed where its words are.
     */
    private Verdict verdict(Inline labelled, Matcher label, List<Block> after) {
        String text = label.group(1).replace('\u00a0', ' ').strip();
        int line = labelled.line();
        int column = text.isEmpty() ? labelled.column()
                : columnOf(labelled, label.start(1) + label.group(1).indexOf(text.charAt(0)), text);
        if (text.isEmpty()) {
            Optional<Inline> below = Paragraph.first(after);
            if (below.isPresent()) {
                text = below.get().plain();
                line = below.get().line();
                column = below.get().column();
            }
        }
        Optional<Verdict.Kind> kind = Vocabulary.verdict(text);
        if (kind.isEmpty()) {
            reporter.report(Rule.UNKNOWN_VERDICT, line, column, "verdict '" + text
                    + "' is none of PASS, NEEDS REVISION, MAJOR REVISION");
        }
        return new Verdict(line, column, text, kind);
    }

    /** Summary counts read from a review's text, and that text without them and their label. */
    private record TextSummary(ReviewSummary summary, List<Block> rest) {
    }

    /** The first counts in {@code blocks}, with the paragraph right before them when it only labels them ({@code **Summary:**}). */
    private Optional<TextSummary> summaryInText(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (isCounts(blocks.get(i))) {
                boolean labelled = i > 0 && blocks.get(i - 1) instanceof Paragraph label
                        && SUMMARY_LABEL.matcher(label.text().plain()).matches();
                int line = blocks.get(labelled ? i - 1 : i).line();
                List<Block> rest = new ArrayList<>(blocks);
                rest.subList(labelled ? i - 1 : i, i + 1).clear();
                return Optional.of(new TextSummary(summary(new Part(line, Inline.empty(line), List.of(blocks.get(i)))), rest));
            }
        }
        return Optional.empty();
    }

    /**
     * A verdict written inside the review's text rather than as its own {@code ### Verdict} part: a deeper
     * heading ({@code #### Verdict: PASS}), a paragraph ({@code **Verdict:** PASS}) or a list item.
     */
    private Optional<Verdict> verdictInText(List<Block> intro, List<Part> parts) {
        List<Block> blocks = new ArrayList<>(intro);
        parts.forEach(p -> blocks.addAll(p.blocks()));
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Matcher heading = block instanceof Heading h ? VERDICT.matcher(h.text().plain()) : null;
            if (heading != null && heading.matches()) {
                return Optional.of(verdict(((Heading) block).text(), heading, blocks.subList(i + 1, blocks.size())));
            }
            if (block instanceof Paragraph || block instanceof ListBlock) {
                for (Inline text : texts(List.of(block))) {
                    Inline firstLine = firstLine(text);
                    Matcher m = VERDICT_LINE.matcher(firstLine.plain());
                    if (m.matches()) {
                        return Optional.of(verdict(firstLine, m, List.of()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A paragraph or list of summary counts only. */
    private static boolean isCounts(Block block) {
        List<Inline> texts = texts(List.of(block));
        return !texts.isEmpty() && texts.stream().allMatch(t -> countLines(t).allMatch(l -> COUNT.matcher(l).find()));
    }

    /** The lines of a text where summary counts are read, a no-break space a space: {@code Critical:&nbsp;1} is a count. */
    private static Stream<String> countLines(Inline text) {
        return text.markdown().replace('\u00a0', ' ').lines();
    }

    /**
     * Collects the findings headed inside a part (by a heading, or by a paragraph in bold:
     * {@code **[CRITICAL] -- title**}), and with {@code listsToo} (a part named findings) those written
     * one a list item; returns the blocks that belong to none. Elsewhere such a list looks back, as a
     * review's notes on the last iteration's findings do.
     */
    private List<Block> findings(List<Block> blocks, List<Finding> out, boolean listsToo) {
        List<Block> outside = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            Optional<List<Finding>> listed = listsToo && block instanceof ListBlock list ? findingList(list)
                    : Optional.empty();
            if (listed.isPresent()) { // - [CRITICAL] title, one finding an item
                out.addAll(listed.get());
                i++;
                continue;
            }
            FindingStart m = findingStart(block);
            if (m == null) {
                outside.add(block);
                i++;
                continue;
            }
            int level = block instanceof Heading h ? h.level() : Integer.MAX_VALUE;
            int end = i + 1;
            while (end < blocks.size() && !(blocks.get(end) instanceof Heading next && next.level() <= level)
                    && !(blocks.get(end) instanceof Paragraph && findingStart(blocks.get(end)) != null)) {
                end++;
            }
            List<Block> body = new ArrayList<>(block instanceof Paragraph p ? underFirstLine(p) : List.of());
            body.addAll(blocks.subList(i + 1, end));
            out.add(finding(block.line(), m, body));
            i = end;
        }
        return outside;
    }

    /** The first line of a text, with its place. */
    private static Inline firstLine(Inline text) {
        int newline = text.markdown().indexOf('\n');
        return newline < 0 ? text : text.slice(0, newline);
    }

    /** The lines of a paragraph under its first, a finding's title: its fields, when they follow at once. */
    private static List<Block> underFirstLine(Paragraph paragraph) {
        String markdown = paragraph.text().markdown();
        int newline = markdown.indexOf('\n');
        return newline < 0 ? List.of() : List.of(new Paragraph(paragraph.text().slice(newline + 1, markdown.length())));
    }

    /**
     * The findings of a list each of whose items starts with a finding's severity, in bold or not
     * ({@code - **[CRITICAL] Title** -- text}); empty if an item does not.
     */
    private Optional<List<Finding>> findingList(ListBlock list) {
        if (list.items().isEmpty()) {
            return Optional.empty();
        }
        List<FindingStart> titles = new ArrayList<>();
        List<Inline> besideTitles = new ArrayList<>();
        for (ListItem item : list.items()) {
            if (item.blocks().isEmpty() || !(item.blocks().get(0) instanceof Paragraph first)) {
                return Optional.empty();
            }
            Inline firstLine = firstLine(first.text());
            Matcher bold = BOLD_LEAD.matcher(firstLine.markdown());
            boolean inBold = bold.matches();
            FindingStart title = FindingStart.of(inBold ? firstLine.slice(bold.start(1), bold.end(1)) : firstLine);
            if (!title.match().matches()) {
                return Optional.empty();
            }
            titles.add(title);
            besideTitles.add(inBold ? firstLine.slice(bold.start(2), bold.end(2)) : Inline.empty(first.line()));
        }
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            ListItem item = list.items().get(k);
            Paragraph first = (Paragraph) item.blocks().get(0);
            List<Block> body = new ArrayList<>();
            if (!besideTitles.get(k).isBlank()) { // the title in bold, then what it is about
                body.add(new Paragraph(besideTitles.get(k)));
            }
            body.addAll(underFirstLine(first));
            body.addAll(item.blocks().subList(1, item.blocks().size()));
            findings.add(finding(first.line(), titles.get(k), body));
        }
        return Optional.of(findings);
    }

    /** The finding title a heading, or a paragraph whose first line is in bold, starts with; null if none. */
    private static FindingStart findingStart(Block block) {
        if (block instanceof Heading h) {
            FindingStart start = FindingStart.of(h.text());
            return start.match().matches() ? start : null;
        }
        if (block instanceof Paragraph p && p.text().markdown().startsWith("**")) {
            FindingStart start = FindingStart.of(firstLine(p.text()));
            return start.match().matches() && start.match().group("word") == null ? start : null;
        }
        return null;
    }

    /** The finding headed by {@code start}, placed at its title (its severity when it has none). */
    private Finding finding(int line, FindingStart start, List<Block> blocks) {
        Matcher heading = start.match();
        String group = Stream.of("bracket", "paren", "bare", "word", "last").filter(g -> heading.group(g) != null)
                .findFirst().orElseThrow();
        String word = heading.group(group);
        Optional<FindingSeverity> severity = Vocabulary.findingSeverity(word);
        if (severity.isEmpty()) {
            reporter.report(Rule.UNKNOWN_SEVERITY, line, start.columnOf(group), "finding severity '" + word
                    + "' is none of CRITICAL, IMPROVEMENT, POLISH");
        }
        String titleGroup = heading.group("title") != null ? "title" : "before";
        String titleText = heading.group(titleGroup).strip();
        Inline title = new Inline(titleText, line, titleText.isEmpty() ? start.columnOf(group) : start.columnOf(titleGroup), 0);
        FindingFields fields = new FindingFields();
        List<Block> other = fields.readAll(blocks);
        return new Finding(line, severity, word.toUpperCase(Locale.ROOT), title, fields.get("location"),
                fields.get("issue"), fields.get("student impact"), fields.get("suggested fix"), other);
    }

    /**
     * The {@code **Label:** text} fields of a finding. A line without a label continues the field above it, and a block
     * under a field (a list of steps, a paragraph after it) is that field's, up to the next field, a bold label that
     * names none ({@code **Fix applied:** ...}), a heading or a rule: the page shows it under the field it was written in.
     * A field labelled again ({@code **Issue:**}, later {@code **Problem:**}) goes on under its first label: its text a
     * paragraph there, in the order written.
     */
    private static final class FindingFields {
        /** A field as read so far: its text, where that starts, and the blocks under it. */
        private static final class Field {
            private final StringBuilder text;
            private Inline place;
            private final List<Block> blocks = new ArrayList<>();

            Field(String text, Inline place) {
                this.text = new StringBuilder(text);
                this.place = place;
            }

            Inline inline() {
                return new Inline(text.toString().strip(), place.line(), place.column(), place.indent());
            }
        }

        /** Each field by its name: as labelled first, then each time it is labelled again. */
        private final Map<String, List<Field>> fields = new java.util.HashMap<>();
        /** The field that blocks without a label are under: none before the first field and after a bold label of none. */
        private Field current;

        /** Reads the fields of {@code blocks}, also those quoted ({@code > **Issue:** text}); returns the blocks under none. */
        List<Block> readAll(List<Block> blocks) {
            List<Block> other = new ArrayList<>();
            readAll(blocks, other);
            return other;
        }

        private void readAll(List<Block> blocks, List<Block> other) {
            for (Block block : blocks) {
                if (block instanceof Quote quote && quote.blocks().stream().anyMatch(FindingFields::isFields)) {
                    List<Block> rest = new ArrayList<>(); // what in the quote is under no field stays quoted
                    readAll(quote.blocks(), rest);
                    if (!rest.isEmpty()) {
                        other.add(new Quote(quote.line(), rest));
                    }
                } else if (block instanceof Paragraph paragraph) {
                    read(paragraph.text(), other);
                } else if (isFields(block)) {
                    read((ListBlock) block, other);
                } else if (block instanceof Heading || block instanceof ThematicBreak) {
                    current = null;
                    other.add(block);
                } else if (block instanceof ListBlock list && !fields.isEmpty()) {
                    List<Block> owner = current == null ? other : current.blocks;
                    int at = owner.size(); // above what reading the fields its last item runs on into adds
                    owner.add(at, withoutFieldsAfter(list, other));
                } else {
                    under(block, other);
                }
            }
        }

        /** A block under the field being read, or under none. */
        private void under(Block block, List<Block> other) {
            (current == null ? other : current.blocks).add(block);
        }

        /**
         * A list inside a field ({@code **Issue:** ...}, then {@code - a step}) whose last item runs on into the next
         * fields, as Markdown reads a {@code **Student impact:** ...} line right under an item: those fields read,
         * the list without them.
         */
        private ListBlock withoutFieldsAfter(ListBlock list, List<Block> other) {
            ListItem last = list.items().get(list.items().size() - 1);
            if (last.blocks().isEmpty() || !(last.blocks().get(last.blocks().size() - 1) instanceof Paragraph paragraph)) {
                return list;
            }
            String markdown = paragraph.text().markdown();
            for (int newline = markdown.indexOf('\n'); newline >= 0; newline = markdown.indexOf('\n', newline + 1)) {
                int end = markdown.indexOf('\n', newline + 1);
                if (label(markdown.substring(newline + 1, end < 0 ? markdown.length() : end)) != null) {
                    read(paragraph.text().slice(newline + 1, markdown.length()), other);
                    List<Block> blocks = new ArrayList<>(last.blocks());
                    blocks.set(blocks.size() - 1, new Paragraph(paragraph.text().slice(0, newline)));
                    List<ListItem> items = new ArrayList<>(list.items());
                    items.set(items.size() - 1, new ListItem(last.line(), last.task(), blocks));
                    return new ListBlock(list.line(), list.ordered(), list.start(), items);
                }
            }
            return list;
        }

        /**
         * Whether a block holds fields: a paragraph that starts with a field's label, or a list whose first item does or
         * a later one in bold ({@code - a note}, then {@code - **Issue:** text}). Later in a list only a bold label
         * counts, as after text on a line: an item of steps may well start {@code Fix: ...}.
         */
        private static boolean isFields(Block block) {
            return block instanceof Paragraph p ? label(firstLine(p.text()).markdown()) != null
                    : block instanceof ListBlock list && !list.items().isEmpty() && (isField(list.items().get(0))
                            || list.items().stream().anyMatch(item -> isField(item) && leadLine(item).startsWith("**")));
        }

        /** Whether a list item starts with a field's label ({@code - **Issue:** text}). */
        private static boolean isField(ListItem item) {
            return label(leadLine(item)) != null;
        }

        /** The first line of a list item's text; empty when the item starts with no paragraph. */
        private static String leadLine(ListItem item) {
            return !item.blocks().isEmpty() && item.blocks().get(0) instanceof Paragraph p ? firstLine(p.text()).markdown() : "";
        }

        /**
         * Reads a paragraph. Lines from a field's label on are that field's; lines under a bold label that names no
         * field are kept as a paragraph of their own, under none; lines before the first label are a paragraph
         * under the field above (text after a field's list), or under none.
         */
        private void read(Inline text, List<Block> other) {
            String markdown = text.markdown();
            Field reading = null; // the field whose label is in this paragraph, which its next lines continue
            int leadFrom = 0; // where lines under no label of this paragraph began; -1 when none are pending
            int otherFrom = -1; // where lines under a bold label of no field began
            for (int[] segment : segments(markdown)) {
                String line = markdown.substring(segment[0], segment[1]);
                Matcher m = mayBeLabel(line) ? FIELD.matcher(line) : null;
                boolean labelled = m != null && m.matches();
                String label = labelled ? label(m) : null;
                if (label == null && !(labelled && isBoldLabel(m))) { // a line of text
                    if (reading != null && otherFrom < 0) {
                        continueField(reading, text, line, segment[0]);
                    }
                    continue;
                }
                // a label: the lines before it end
                flush(text, leadFrom, otherFrom, segment[0], other);
                leadFrom = -1;
                otherFrom = -1;
                if (label == null) { // a bold label that names no field
                    otherFrom = segment[0];
                    reading = null;
                    current = null;
                } else {
                    reading = new Field(m.group("text").strip(), text.at("", segment[0] + m.start("text")));
                    fields.computeIfAbsent(label, written -> new ArrayList<>()).add(reading);
                    current = reading;
                }
            }
            flush(text, leadFrom, otherFrom, markdown.length(), other);
        }

        /** The lines before {@code end} under no label of the paragraph, or under a bold label of no field, as a paragraph. */
        private void flush(Inline text, int leadFrom, int otherFrom, int end, List<Block> other) {
            if (otherFrom >= 0) {
                other.add(new Paragraph(text.slice(otherFrom, end)));
            } else if (leadFrom >= 0 && !text.markdown().substring(leadFrom, end).isBlank()) {
                under(leadFrom == 0 && end == text.markdown().length() ? new Paragraph(text)
                        : new Paragraph(text.slice(leadFrom, end)), other);
            }
        }

        /** A line under a field's label: its value when the label had none ({@code **Issue:**}, then the text), else more of it. */
        private static void continueField(Field field, Inline text, String line, int start) {
            if (field.text.isEmpty() && !line.isBlank()) {
                field.text.append(line.strip());
                field.place = text.at("", start + line.indexOf(line.strip()));
            } else {
                field.text.append('\n').append(line);
            }
        }

        /**
         * Reads a list of fields ({@code - **Issue:** text}): an item with a label starts its field, and what is under
         * it in the item (a nested list) is that field's; items with none, written at the fields' level, are a list
         * under the field above them, or under none.
         */
        private void read(ListBlock list, List<Block> other) {
            List<ListItem> items = list.items();
            int from = 0; // the first item of a run with no label
            for (int k = 0; k <= items.size(); k++) {
                if (k < items.size() && !isField(items.get(k))) {
                    continue;
                }
                if (from < k) {
                    under(new ListBlock(items.get(from).line(), list.ordered(), list.start() + from, items.subList(from, k)),
                            other);
                }
                if (k < items.size()) {
                    List<Block> blocks = items.get(k).blocks();
                    read(((Paragraph) blocks.get(0)).text(), other);
                    blocks.subList(1, blocks.size()).forEach(block -> under(block, other));
                }
                from = k + 1;
            }
        }

        /**
         * The [start, end) of each line of a paragraph, a field run on after text on its line ({@link #LATER_FIELD})
         * starting a line of its own.
         */
        private static List<int[]> segments(String markdown) {
            List<int[]> segments = new ArrayList<>();
            Matcher later = markdown.contains("**") ? LATER_FIELD.matcher(markdown) : null; // a later field is in bold
            int start = 0;
            while (true) {
                int newline = markdown.indexOf('\n', start);
                int end = newline < 0 ? markdown.length() : newline;
                int from = start;
                if (later != null) {
                    later.region(start, end);
                    while (later.find()) {
                        segments.add(new int[] {from, later.start()});
                        from = later.end();
                    }
                }
                segments.add(new int[] {from, end});
                if (newline < 0) {
                    return segments;
                }
                start = newline + 1;
            }
        }

        /**
         * Whether {@link #FIELD} may match a line: it starts in bold, or with a letter and has a colon close after it.
         * Most lines of a finding are text, and are told so without the pattern.
         */
        private static boolean mayBeLabel(String line) {
            if (line.startsWith("**")) {
                return true;
            }
            int colon = line.indexOf(':');
            char first = colon > 0 ? line.charAt(0) : ' ';
            return colon <= 31 && (first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z');
        }

        Optional<FindingField> get(String label) {
            List<Field> written = fields.getOrDefault(label, List.of());
            if (written.isEmpty()) {
                return Optional.empty();
            }
            List<Block> blocks = new ArrayList<>(written.get(0).blocks);
            for (Field again : written.subList(1, written.size())) {
                if (!again.text.isEmpty()) {
                    blocks.add(new Paragraph(again.inline()));
                }
                blocks.addAll(again.blocks);
            }
            return Optional.of(new FindingField(written.get(0).inline(), blocks));
        }

        /** The field a line starts with, by its label and the labels authors use for it; null if none. */
        private static String label(String line) {
            if (!mayBeLabel(line)) {
                return null;
            }
            Matcher m = FIELD.matcher(line);
            return m.matches() ? label(m) : null;
        }

        /**
         * Whether a line's {@link #FIELD} match is a label in bold, a colon or dash after its words ({@code **Fix applied:**}):
         * bold words without one ({@code **Note** that}) start a sentence, which ends no field.
         */
        private static boolean isBoldLabel(Matcher m) {
            return m.group("bold") != null && (!m.group("colon").isEmpty() || m.group("after") != null);
        }

        /** The field a line's label ({@link #FIELD}, matched) names; null if none. */
        private static String label(Matcher m) {
            String label = (m.group("bold") != null ? m.group("bold") : m.group("plain")).strip().toLowerCase(Locale.ROOT);
            return switch (label) {
                case "location", "where", "lines" -> "location";
                case "issue", "problem", "description" -> "issue";
                case "student impact", "impact", "impact on student", "impact on the student", "why it matters" ->
                        "student impact";
                case "suggested fix", "fix", "suggestion", "recommendation", "recommended fix", "proposed fix",
                        "suggested change" -> "suggested fix";
                default -> null;
            };
        }
    }
}
