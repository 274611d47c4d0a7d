package dev.lectern.validate;

import dev.lectern.model.Block;
import dev.lectern.model.Checklist;
import dev.lectern.model.ClaimVerification;
import dev.lectern.model.ClaimVerification.Evidence;
import dev.lectern.model.ClaimVerification.Status;
import dev.lectern.model.Connection;
import dev.lectern.model.ConnectionTable;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.ExampleTable;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Lesson;
import dev.lectern.model.MisconceptionTable;
import dev.lectern.model.ModalityTable;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Part;
import dev.lectern.model.PhaseSection;
import dev.lectern.model.PrereqStatus;
import dev.lectern.model.Prerequisite;
import dev.lectern.model.PrerequisiteTable;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import dev.lectern.model.Table;
import dev.lectern.model.TypedTable;
import dev.lectern.parse.ModuleRecordParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Checklist verification: each checklist item is matched, by its words, to the check that decides its
 * claim ("All gaps have explicit resolution plans" to gap-without-resolution), and gets a status from
 * what the specification's tables say and what the rules reported on the lesson. A number the item
 * states ("Cognitive load: 2 new concepts", "(5 misconceptions)") is compared with the tables' count.
 * <p>
 * Reported as {@code checklist-claim-contradicted} (a ticked item the specification contradicts, at the
 * item's line, naming the evidence) and {@code checklist-unchecked} (an unticked item: an info when the
 * specification satisfies it). The reports and pages show every item's status, from the same function
 * over the same diagnostics, so they agree with these rules.
 * <p>
 * A lesson's verification depends on its own text and on its diagnostics of the {@link #EVIDENCE} rules,
 * nothing else (course-wide inputs such as plans and records reach it only through those diagnostics).
 * An instance remembers each lesson's verification with that evidence: the build's reports and pages
 * reuse the one validation worked out, and {@code lectern serve} re-judges only lessons that changed
 * (a new parsed object) or whose evidence changed.
 */
public final class ChecklistClaims {
    private static final Pattern NO_GAPS = Pattern.compile("\\bno (?:gaps?|untaught)\\b");
    private static final Pattern AT_MOST = Pattern.compile("(?:<=|≤|=<|at most|maximum|max\\.?|under|no more than)\\s*(\\d{1,6})");
    private static final Pattern CONCEPT_COUNT = Pattern.compile(
            "(?<![\\d.])(\\d{1,6})(?:\\s*(?:-|–|—|to)\\s*(\\d{1,6}))?\\s+(?:[a-z]+\\s+){0,2}concepts?\\b");
    /** The rules whose diagnostics are evidence; {@link Facts} reads no other. */
    private static final Set<String> EVIDENCE = Stream.of(Rule.PREREQ_STATUS_MISMATCH, Rule.GAP_WITHOUT_RESOLUTION,
            Rule.PREREQ_UNTRACED, Rule.PREREQ_NOT_TRACEABLE, Rule.UNKNOWN_DEPTH,
            Rule.UNKNOWN_STATUS, Rule.TOO_FEW_MISCONCEPTIONS, Rule.TOO_FEW_MODALITIES, Rule.TOO_FEW_EXAMPLES,
            Rule.COGNITIVE_LOAD_EXCEEDED).map(Rule::id).collect(Collectors.toUnmodifiableSet());

    /** Each lesson's last verification, by the parsed lesson object, with the evidence it was judged on. */
    private final Map<Lesson, Judged> judged = Collections.synchronizedMap(new IdentityHashMap<>());

    private record Judged(List<Diagnostic> evidence, List<ClaimVerification> claims) {
    }

    /**
     * Each item of the lesson's checklists, in document order, with what the specification says of it.
     *
     * @param own the lesson's diagnostics (the rules' findings are part of the evidence)
     */
    public static List<ClaimVerification> verify(Lesson lesson, List<Diagnostic> own) {
        return judge(lesson, evidence(own));
    }

    /** The verification of every item against {@code evidence}, the lesson's diagnostics of the {@link #EVIDENCE} rules. */
    private static List<ClaimVerification> judge(Lesson lesson, List<Diagnostic> evidence) {
        Facts facts = new Facts(lesson, evidence);
        List<ClaimVerification> verified = new ArrayList<>();
        for (Checklist list : lesson.checklists()) {
            for (Checklist.Item item : list.items()) {
                verified.add(verify(item, list.name().plain(), facts));
            }
        }
        return List.copyOf(verified);
    }

    /** As {@link #verify(Lesson, List)}, remembered: the last result for this lesson when its evidence is the same. */
    public List<ClaimVerification> of(Lesson lesson, List<Diagnostic> own) {
        List<Diagnostic> evidence = evidence(own);
        Judged known = judged.get(lesson);
        if (known != null && known.evidence().equals(evidence)) {
            return known.claims();
        }
        List<ClaimVerification> claims = judge(lesson, evidence);
        judged.put(lesson, new Judged(evidence, claims));
        return claims;
    }

    private static List<Diagnostic> evidence(List<Diagnostic> own) {
        return own.stream().filter(d -> EVIDENCE.contains(d.rule())).toList();
    }

    /** Reports on every lesson's checklists, judged against what {@code reported} holds for the lesson. */
    void report(CourseContent content, DiagnosticCollector reported, DiagnosticSink sink) {
        Lesson.keepOnly(judged, content.lessons());
        // lessons at once, as the checks run: a lesson's claims read and report its own diagnostics only
        content.lessons().parallelStream().forEach(lesson -> {
            FileReporter reporter = sink.forFile(lesson.file());
            for (ClaimVerification v : of(lesson, reported.of(lesson.file()))) {
                Checklist.Item item = v.item();
                int column = Math.max(item.text().column(), 1); // at the item's words
                String quoted = "'" + NewConceptCount.shortened(item.text().plain()) + "' (" + v.checklist() + ")";
                if (v.reportedBy().filter(Rule.CHECKLIST_CLAIM_CONTRADICTED::equals).isPresent()) {
                    reporter.report(Rule.CHECKLIST_CLAIM_CONTRADICTED, item.line(), column, "ticked " + quoted + ", but "
                            + v.reason() + ": " + v.evidenceText());
                } else if (!item.checked() && v.status() == Status.VERIFIED) {
                    // the work is done, only the tick is missing: worth knowing, not worth a warning
                    sink.report(new Diagnostic(lesson.file(), item.line(), column, Severity.INFO,
                            Rule.CHECKLIST_UNCHECKED.id(), "unticked " + quoted + ", but the specification satisfies it: "
                            + v.reason() + (v.evidence().isEmpty() ? "" : " (" + v.evidenceText() + ")")));
                } else if (!item.checked()) {
                    reporter.report(Rule.CHECKLIST_UNCHECKED, item.line(), column, "unticked " + quoted
                            + ": " + v.status().label() + ", " + v.reason());
                }
            }
        });
    }

    private static ClaimVerification verify(Checklist.Item item, String checklist, Facts facts) {
        String words = item.text().plain().toLowerCase(Locale.ROOT);
        int paren = words.indexOf('(');
        String head = paren < 0 ? words : words.substring(0, paren);
        String details = paren < 0 ? "" : words.substring(paren);
        for (Claim claim : Claim.values()) {
            if (claim.pattern.matcher(head).find()) {
                Outcome outcome = claim.judge.judge(facts, words, details);
                return new ClaimVerification(item, checklist, claim.description, outcome.status(), outcome.reason(),
                        outcome.evidence());
            }
        }
        String why = words.isBlank() ? "the item has no text" : "no check of Lectern matches the item's words";
        return new ClaimVerification(item, checklist, "", Status.UNKNOWN, why, List.of());
    }

    private record Outcome(Status status, String reason, List<Evidence> evidence) {
        static Outcome verified(String reason, Evidence... evidence) {
            return new Outcome(Status.VERIFIED, reason, List.of(evidence));
        }

        static Outcome contradicted(String reason, List<Evidence> evidence) {
            return new Outcome(Status.CONTRADICTED, reason, evidence);
        }

        static Outcome unknown(String reason, List<Evidence> evidence) {
            return new Outcome(Status.UNKNOWN, reason, evidence);
        }
    }

    /** What decides a claim, from the lesson's facts, the item's words and its parenthesised details. */
    @FunctionalInterface
    private interface Judge {
        /**
         * @param words   the item's text, lower case
         * @param details its parenthesised part, {@code (5 misconceptions)}, lower case; empty when it has none
         */
        Outcome judge(Facts f, String words, String details);
    }

    /** The claims Lectern can match, in the order they are tried (the first whose words match decides). */
    private enum Claim {
        MULTI_CONCEPT_JUMPS("no multi-concept jumps", "multi-concept|\\bjumps?\\b", (f, w, d) -> new Outcome(
                Status.NOT_MACHINE_CHECKABLE, "whether a widget or exercise asks for several new steps at once is a "
                + "judgement about the built lesson; the specification records no count of it", List.of())),
        NO_UNTAUGHT("no prerequisite left untaught", "untaught|not taught", prerequisites((f, w, d) -> f.noUntaught(d))),
        GAPS_RESOLVED("every gap has a resolution", "\\bgaps?\\b.*resol|resolution plan",
                prerequisites((f, w, d) -> f.gapsResolved(d))),
        TRACED("every prerequisite traced in its source lesson's module record", "\\btraced?\\b",
                prerequisites((f, w, d) -> f.traced())),
        DEPTH_MATCH("each prerequisite's status follows from its depths", "depth match|depths? (?:verified|checked|match)",
                prerequisites((f, w, d) -> f.depthMatch())),
        CONCEPTS_LISTED("every assumed concept listed with its required depth",
                "assumed concepts?|prerequisites? (?:are )?listed|concepts? listed",
                prerequisites((f, w, d) -> f.conceptsListed())),
        MISCONCEPTIONS("at least 3 misconceptions, each with a negative example", "misconception", (f, w, d) ->
                f.planningTable(Rule.TOO_FEW_MISCONCEPTIONS, MisconceptionTable.class, "misconceptions", d, "misconceptions?")),
        MODALITIES("at least 3 modalities, each with a rationale", "modalit", (f, w, d) ->
                f.planningTable(Rule.TOO_FEW_MODALITIES, ModalityTable.class, "modalities", d, "modalit(?:y|ies)")),
        EXAMPLES("at least 2 positive and 1 negative example", "example", (f, w, d) -> f.examples(d)),
        CONNECTIONS("every new concept connected to an existing one", "connected|connections?\\b", (f, w, d) -> f.connections()),
        COGNITIVE_LOAD("at most 3 new concepts, as many as the specification states", "cognitive load|new concepts?",
                (f, w, d) -> f.cognitiveLoad(w)),
        NARRATIVE("the narrative motivation is stated", "narrative|motivation",
                (f, w, d) -> f.partWithText("narrative", "Narrative Arc")),
        SCOPE("the scope boundaries are stated", "\\bscope\\b", (f, w, d) -> f.partWithText("scope", "Scope Boundaries"));

        private final String description;
        private final Pattern pattern;
        private final Judge judge;

        Claim(String description, String words, Judge judge) {
            this.description = description;
            this.pattern = Pattern.compile(words);
            this.judge = judge;
        }

        /** A claim about the prerequisites: unknown without a prerequisites table. */
        private static Judge prerequisites(Judge judge) {
            return (f, w, d) -> f.prerequisiteTables.isEmpty() ? f.noPrerequisites() : judge.judge(f, w, d);
        }
    }

    private static final Comparator<Evidence> BY_LINE = Comparator.comparingInt(Evidence::line);

    /** What the lesson's tables and diagnostics say, looked up once per lesson. */
    private static final class Facts {
        final Lesson lesson;
        final List<Diagnostic> own;
        final List<PrerequisiteTable> prerequisiteTables;
        final List<Prerequisite> prerequisites;

        Facts(Lesson lesson, List<Diagnostic> own) {
            this.lesson = lesson;
            this.own = own;
            this.prerequisiteTables = lesson.tables(PrerequisiteTable.class);
            this.prerequisites = lesson.prerequisites();
        }

        /**
         * Contradicted by an OK row below what it needs, unless the gap resolution table plans to teach it: then the
         * row's depths are the slip ("Depth match verified"), not a concept left untaught.
         */
        Outcome noUntaught(String details) {
            boolean[] resolved = GapResolutions.resolved(lesson, prerequisites);
            Set<Integer> planned = IntStream.range(0, prerequisites.size()).filter(i -> resolved[i])
                    .mapToObj(i -> prerequisites.get(i).line()).collect(Collectors.toSet());
            List<Evidence> against = new ArrayList<>(evidenceAt(Rule.PREREQ_STATUS_MISMATCH, linesOf(r -> r.status()
                    .filter(PrereqStatus.OK::equals).isPresent() && !planned.contains(r.line()))));
            return gaps(against, details, "a prerequisite is left untaught", "prerequisites are left untaught",
                    gapRows().isEmpty() ? (planned.isEmpty() ? "every prerequisite is met (status OK)"
                            : "every prerequisite is met (status OK) or taught as the gap resolution table plans")
                            : gapRows().size() == 1 ? "its one gap has a resolution"
                            : "each of the " + gapRows().size() + " gaps has a resolution");
        }

        Outcome gapsResolved(String details) {
            return gaps(new ArrayList<>(), details, "a gap has no resolution", "gaps have no resolution",
                    gapRows().isEmpty() ? "no prerequisite is a GAP or MISSING"
                            : gapRows().size() == 1 ? "its one gap has a row in the gap resolution table"
                            : "each of the " + gapRows().size() + " gaps has a row in the gap resolution table");
        }

        /** Gap claims: contradicted by gap-without-resolution, a GAP row the item denies, and {@code against}. */
        private Outcome gaps(List<Evidence> against, String details, String one, String many, String verified) {
            against.addAll(evidence(Rule.GAP_WITHOUT_RESOLUTION));
            against.addAll(gapsDenied(details));
            against.sort(BY_LINE);
            if (!against.isEmpty()) {
                return Outcome.contradicted(against.size() == 1 ? one : against.size() + " " + many, against);
            }
            return Outcome.verified(verified, prerequisiteTable());
        }

        Outcome traced() {
            List<Evidence> untraced = evidence(Rule.PREREQ_UNTRACED);
            if (!untraced.isEmpty()) {
                return Outcome.contradicted(untraced.size() == 1 ? "a prerequisite is not in its source lesson's record"
                        : untraced.size() + " prerequisites are not in their source lessons' records", untraced);
            }
            List<Evidence> outside = evidence(Rule.PREREQ_NOT_TRACEABLE);
            long had = prerequisites.stream().filter(r -> r.actual().isPresent()).count();
            if (!outside.isEmpty()) {
                // the claim is matched and judged as far as the content goes; what is left needs files it lacks
                long traced = had - outside.size();
                return new Outcome(Status.NOT_MACHINE_CHECKABLE, "not from this content: " + (traced == 0
                        ? (had == 1 ? "its one prerequisite cannot" : "none of its " + had + " prerequisites can") + " be traced in it"
                        : outside.size() + " of the " + had + " prerequisites cannot be traced in it; the other "
                                + (traced == 1 ? "one is" : traced + " are") + " traced"), outside);
            }
            String withDepth = had < prerequisites.size() ? " with an actual depth" : "";
            return Outcome.verified((had == 1 ? "the prerequisite" + withDepth + " is"
                    : "each of the " + had + " prerequisites" + withDepth + " is")
                    + " in its source lesson's module record at its depth", prerequisiteTable());
        }

        Outcome depthMatch() {
            List<Evidence> mismatches = new ArrayList<>(evidence(Rule.PREREQ_STATUS_MISMATCH));
            prerequisites.stream().filter(r -> notTaught(r) && r.status().filter(PrereqStatus.OK::equals).isPresent())
                    .map(r -> row(r, "is OK, but its actual depth says it is not taught")).forEach(mismatches::add);
            mismatches.sort(BY_LINE);
            if (!mismatches.isEmpty()) {
                return Outcome.contradicted(mismatches.size() == 1 ? "a prerequisite's status does not follow from its depths"
                        : mismatches.size() + " prerequisites' statuses do not follow from their depths", mismatches);
            }
            List<Evidence> unread = unreadable(r -> r.required().isEmpty() || r.actual().isEmpty() && !notTaught(r)
                    || r.status().isEmpty(), "a depth or status Lectern cannot read");
            if (!unread.isEmpty()) {
                return Outcome.unknown(unread.size() + " of the " + prerequisites.size()
                        + " prerequisites have a depth or status Lectern cannot read; the others match", unread);
            }
            return Outcome.verified("each of the " + prerequisites.size()
                    + " prerequisites has the status its depths give", prerequisiteTable());
        }

        Outcome conceptsListed() {
            List<Evidence> unread = unreadable(r -> r.required().isEmpty(), "no required depth Lectern can read");
            if (!unread.isEmpty()) {
                return Outcome.contradicted(unread.size() + " of the " + prerequisites.size()
                        + " prerequisites have no readable required depth", unread);
            }
            return Outcome.verified(prerequisites.size() + " prerequisites, each with its required depth",
                    prerequisiteTable());
        }

        List<Evidence> evidence(Rule rule) {
            return evidenceAt(rule, line -> true);
        }

        List<Evidence> evidenceAt(Rule rule, Predicate<Integer> line) {
            if (!EVIDENCE.contains(rule.id())) {
                throw new IllegalArgumentException(rule.id() + " is not among the evidence rules");
            }
            return own.stream().filter(d -> d.rule().equals(rule.id()) && line.test(d.line()))
                    .map(Evidence::of).toList();
        }

        /** An actual depth that says the concept is not taught ({@code NOT TAUGHT}): empty, and not reported unreadable. */
        boolean notTaught(Prerequisite row) {
            return row.actual().isEmpty() && row.required().isPresent() && own.stream().noneMatch(d -> d.line() == row.line()
                    && d.rule().equals(Rule.UNKNOWN_DEPTH.id()));
        }

        Predicate<Integer> linesOf(Predicate<Prerequisite> rows) {
            Set<Integer> lines = prerequisites.stream().filter(rows).map(Prerequisite::line).collect(Collectors.toSet());
            return lines::contains;
        }

        List<Prerequisite> gapRows() {
            return prerequisites.stream().filter(r -> r.status().filter(s -> s != PrereqStatus.OK).isPresent()).toList();
        }

        /** The GAP rows, when the item says there are none ({@code (no gaps found)}). */
        List<Evidence> gapsDenied(String details) {
            if (!NO_GAPS.matcher(details).find()) {
                return List.of();
            }
            return gapRows().stream().map(r -> row(r, "is " + r.status().get() + ", but the item says there is no gap"))
                    .toList();
        }

        Evidence prerequisiteTable() {
            return at(prerequisiteTables.get(0).line(), "the prerequisites table (" + prerequisites.size() + " rows)");
        }

        Outcome noPrerequisites() {
            return Outcome.unknown("the specification has no prerequisites table to check it against", List.of());
        }

        /** Rows the predicate picks, each as the diagnostic reported on its line or else as {@code what}. */
        List<Evidence> unreadable(Predicate<Prerequisite> rows, String what) {
            return prerequisites.stream().filter(rows).flatMap(r -> {
                List<Evidence> reported = own.stream().filter(d -> d.line() == r.line()
                        && (d.rule().equals(Rule.UNKNOWN_DEPTH.id()) || d.rule().equals(Rule.UNKNOWN_STATUS.id())))
                        .map(Evidence::of).toList();
                return reported.isEmpty() ? Stream.of(row(r, "has " + what)) : reported.stream();
            }).toList();
        }

        /**
         * An "at least n rows" claim: the rule's shortfall contradicts it, and so does a count the item states
         * above the table's (one below it only undercounts: "3 positive + 1 quality curve" for 4 positive rows).
         */
        Outcome planningTable(Rule rule, Class<? extends TypedTable> type, String rows, String details, String noun) {
            List<Evidence> shortfall = evidence(rule);
            if (!shortfall.isEmpty()) {
                return Outcome.contradicted(rule.description(), shortfall);
            }
            List<? extends TypedTable> tables = lesson.tables(type);
            if (tables.isEmpty()) {
                return Outcome.unknown("the lesson is not planned (no Phase 2 or 3)", List.of());
            }
            int count = tables.stream().mapToInt(t -> t.rows().size()).sum();
            Evidence table = at(tables.get(0).line(), "the " + rows + " table has " + count + " rows");
            OptionalInt stated = number(details, "(\\d{1,6})\\s+(?:[a-z/-]+\\s+)?" + noun + "\\b");
            if (stated.isPresent() && stated.getAsInt() > count) {
                return Outcome.contradicted("the item says " + stated.getAsInt() + " " + rows + ", the table lists "
                        + count, List.of(table));
            }
            return Outcome.verified(count + " " + rows + " planned, enough for the rule", table);
        }

        Outcome examples(String details) {
            List<Evidence> shortfall = evidence(Rule.TOO_FEW_EXAMPLES);
            if (!shortfall.isEmpty()) {
                return Outcome.contradicted(Rule.TOO_FEW_EXAMPLES.description(), shortfall);
            }
            List<ExampleTable> tables = lesson.tables(ExampleTable.class);
            if (tables.isEmpty()) {
                return Outcome.unknown("the lesson is not planned (no Phase 2 or 3)", List.of());
            }
            TooFewExamples.Planned planned = TooFewExamples.Planned.of(tables);
            long positive = planned.positive();
            long negative = planned.negative();
            Evidence table = at(tables.get(0).line(), "the examples table has " + positive + " positive and " + negative
                    + " negative");
            OptionalInt saysPositive = number(details, "(\\d{1,6})\\s+positive");
            OptionalInt saysNegative = number(details, "(\\d{1,6})\\s+negative");
            if (saysPositive.isPresent() && saysPositive.getAsInt() > positive
                    || saysNegative.isPresent() && saysNegative.getAsInt() > negative) {
                return Outcome.contradicted("the item counts more examples than the examples table plans", List.of(table));
            }
            return Outcome.verified(positive + " positive and " + negative + " negative examples planned", table);
        }

        Outcome connections() {
            List<ConnectionTable> tables = lesson.tables(ConnectionTable.class);
            if (!tables.isEmpty()) {
                List<Connection> rows = tables.stream().flatMap(t -> t.rows().stream()).toList();
                // a "Prior Concept | How This Lesson Connects" table's connectsTo is its first column, as newConcept is
                List<Evidence> loose = rows.stream().filter(c -> !PlanningTableCheck.filled(c.connectsTo().plain()))
                        .map(c -> at(c.line(), "'" + c.newConcept().plain() + "' connects to nothing")).toList();
                if (!loose.isEmpty()) {
                    return Outcome.contradicted(loose.size() + " new concepts connect to no existing one", loose);
                }
                if (!rows.isEmpty()) {
                    return Outcome.verified("each of the " + rows.size() + " rows of the connections table "
                            + "connects to an existing concept", at(tables.get(0).line(), "the connections table ("
                            + rows.size() + " rows)"));
                }
            }
            Optional<Part> part = part("connection");
            Optional<Table> table = part.flatMap(p -> p.blocks().stream().filter(Table.class::isInstance)
                    .map(Table.class::cast).filter(t -> !t.rows().isEmpty()).findFirst());
            if (table.isPresent()) {
                return Outcome.verified("the connections part lists " + table.get().rows().size() + " connections",
                        at(table.get().line(), "the table of " + part.get().heading().plain()));
            }
            Optional<NewConceptCount.Statement> stated = statedCount();
            if (stated.isPresent() && stated.get().count().high() == 0) {
                return Outcome.verified("the lesson brings no new concept", new Evidence(stated.get().line(),
                        stated.get().column(), "", "0 new concepts stated"));
            }
            return Outcome.contradicted("no table connects the new concepts to existing ones", List.of(at(phase3Line(),
                    "no Connections to Prior Concepts table (New Concept | Connects To | How)")));
        }

        /**
         * The count the item states ({@code 2}, {@code 2-3}) must agree with the one the specification states,
         * and a bound ({@code <= 3}) must hold for it; cognitive-load-exceeded contradicts any claim of 3 or fewer.
         */
        Outcome cognitiveLoad(String words) {
            Matcher bound = AT_MOST.matcher(words);
            OptionalInt atMost = bound.find() ? OptionalInt.of(Integer.parseInt(bound.group(1))) : OptionalInt.empty();
            String rest = atMost.isPresent() ? words.substring(0, bound.start()) + words.substring(bound.end()) : words;
            Matcher count = CONCEPT_COUNT.matcher(rest);
            Optional<NewConceptCount.Count> said = count.find() ? Optional.of(NewConceptCount.Count.of(count))
                    : Optional.empty();
            List<Evidence> exceeded = evidence(Rule.COGNITIVE_LOAD_EXCEEDED);
            if (!exceeded.isEmpty()) {
                return Outcome.contradicted(Rule.COGNITIVE_LOAD_EXCEEDED.description(), exceeded);
            }
            Optional<NewConceptCount.Statement> stated = statedCount();
            if (stated.isEmpty()) {
                return Outcome.unknown("the specification states no count of new concepts", List.of());
            }
            NewConceptCount.Statement s = stated.get();
            Evidence evidence = new Evidence(s.line(), s.column(), "", s.count().text() + " new concepts stated");
            if (atMost.isPresent() && s.count().high() > atMost.getAsInt()) {
                return Outcome.contradicted("the item says at most " + atMost.getAsInt() + ", the specification states "
                        + s.count().text(), List.of(evidence));
            }
            if (said.isPresent() && (s.count().high() < said.get().low() || s.count().low() > said.get().high())) {
                return Outcome.contradicted("the item says " + said.get().text() + " new concepts, the specification "
                        + "states " + s.count().text(), List.of(evidence));
            }
            if (atMost.isEmpty() && said.isEmpty() && s.count().high() > NewConceptCount.LIMIT) {
                return Outcome.contradicted("more than " + NewConceptCount.LIMIT + " new concepts stated", List.of(evidence));
            }
            return Outcome.verified(s.count().text() + " new concepts stated, as the item says", evidence);
        }

        /** The cognitive load assessment's count when it states one (it is the table's), else the field's. */
        Optional<NewConceptCount.Statement> statedCount() {
            List<NewConceptCount.Statement> statements = NewConceptCount.statements(lesson);
            Set<Integer> fieldLines = lesson.metadata().fields().stream().map(f -> f.line()).collect(Collectors.toSet());
            return statements.stream().filter(s -> !fieldLines.contains(s.line())).findFirst()
                    .or(() -> statements.stream().findFirst());
        }

        Outcome partWithText(String heading, String name) {
            Optional<Part> part = part(heading);
            if (part.isPresent() && part.get().blocks().stream().anyMatch(ChecklistClaims::saysSomething)) {
                return Outcome.verified("the specification has its " + part.get().heading().plain() + " part",
                        at(part.get().line(), part.get().heading().plain()));
            }
            return Outcome.contradicted(part.isPresent() ? "its " + name + " part is empty" : "the specification has no "
                    + name + " part", List.of(at(part.map(Part::line).orElse(phase3Line()), part.isPresent()
                    ? name + " has no text" : "no " + name + " part in Phase 3")));
        }

        /** Where a missing part of the lesson design would be: at Phase 3, or nowhere (0). */
        int phase3Line() {
            return lesson.phase(3).map(PhaseSection::line).orElse(0);
        }

        /** The first part of a planning phase whose heading has {@code word}. */
        Optional<Part> part(String word) {
            return lesson.phases().stream().flatMap(p -> p.parts().stream())
                    .filter(p -> p.heading().plain().toLowerCase(Locale.ROOT).contains(word)).findFirst();
        }
    }

    /** Evidence the specification's text gives at {@code line}, not a rule's diagnostic. */
    private static Evidence at(int line, String message) {
        return new Evidence(line, 1, "", message);
    }

    /** A prerequisite row as evidence: {@code 'GAN' is GAP, but ...}. */
    private static Evidence row(Prerequisite row, String says) {
        return at(row.line(), "'" + ModuleRecordParser.conceptName(row.concept().plain()) + "' " + says);
    }

    private static boolean saysSomething(Block block) {
        return !(block instanceof Paragraph p) || !p.text().isBlank();
    }

    private static OptionalInt number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
