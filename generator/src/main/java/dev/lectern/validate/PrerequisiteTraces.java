package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Depth;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonRef;
import dev.lectern.model.ModuleRecord;
import dev.lectern.model.ModuleRecord.ConceptEntry;
import dev.lectern.model.ModulePlan.PlannedLesson;
import dev.lectern.model.Part;
import dev.lectern.model.Prerequisite;
import dev.lectern.model.Rule;
import dev.lectern.parse.ModuleRecordParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code prereq-untraced}: a prerequisite's Actual Depth is what the author claims the student has,
 * so it must be traceable: the module record of each source lesson lists the concept, taught by that
 * lesson, at that depth or higher.
 *
 * <p>A record row lists the concept when their normalised names match ({@link #names}); the message
 * names the closest row of the source lesson otherwise, and where the record's summary of that lesson
 * mentions the concept. With several sources the concept may come from any of them: a row is traced
 * when one source's record lists it, untraced when every source is a written lesson with a record and
 * none lists it, and {@code prereq-not-traceable} otherwise, with the reason, so that no one takes it
 * for traced. Rows without a readable Actual Depth are left to unknown-depth.
 */
final class PrerequisiteTraces implements CourseCheck {
    /** Where a summary's sentence ends: {@code Update rule: ... . Learning rate preview (too big/small).} */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+|--|—");
    /** A source lesson, the record rows it taught, and the records' summaries of it. */
    private record Source(String slug, String moduleIds, List<Row> rows, List<Summary> summaries) {
    }

    /** A record's summary of one lesson ({@code ### gradient-descent}), with the record's file. */
    private record Summary(String file, Part part) {
    }

    /** A record row with the record it is in, and the words of its concept cell, worked out once. */
    private record Row(ModuleRecord record, ConceptEntry entry, Set<String> name, Set<String> all) {
        static Row of(ModuleRecord record, ConceptEntry entry) {
            String cell = entry.concept().plain();
            return new Row(record, entry, ConceptNames.words(cell), ConceptNames.allWords(cell));
        }
    }

    /** Record rows by lesson, built once per run: a course has a thousand lessons. */
    private static final class Index {
        private final CourseContent content;
        private final Map<String, List<Row>> rows = new HashMap<>();

        Index(CourseContent content) {
            this.content = content;
        }

        /** The rows of {@code record} that name {@code slug} as their lesson, by slug or by its position in a plan. */
        List<Row> rows(ModuleRecord record, String slug) {
            return rows.computeIfAbsent(record.file() + "\n" + slug, key -> record.concepts().stream()
                    .filter(e -> e.lessons().stream().anyMatch(ref -> sourceSlug(ref, content).filter(slug::equals)
                            .isPresent()))
                    .map(e -> Row.of(record, e)).toList());
        }
    }

    /**
     * What was found per parsed lesson, valid while the rest of the course it was traced against is
     * the same: the same record and plan objects and the same written lessons (slug and module) ({@code lectern
     * serve} rebuilds with the same objects for unchanged files). Of a source lesson, a trace reads
     * only that it is written and its module.
     */
    private final LessonMemo<List<Diagnostic>> found = new LessonMemo<>();
    private List<Object> tracedAgainst = List.of();
    private Set<String> writtenThen = Set.of();

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        // what a lesson is traced against besides which lessons are written: the records and plans, as objects
        List<Object> against = Stream.<Object>concat(content.moduleRecords().stream(), content.modulePlans().stream())
                .toList();
        Set<String> written = new HashSet<>();
        content.lessons().forEach(lesson -> written.add(lesson.slug() + "@" + lesson.moduleId().orElse("")));
        synchronized (this) {
            if (!sameObjects(against, tracedAgainst) || !written.equals(writtenThen)) {
                found.clear();
                tracedAgainst = against;
                writtenThen = written;
            }
        }
        found.keepOnly(content.lessons());
        Index index = new Index(content);
        for (Lesson lesson : content.lessons()) {
            found.get(lesson, l -> {
                DiagnosticCollector collector = new DiagnosticCollector();
                trace(l, content, index, collector);
                return collector.sorted();
            }).forEach(sink::report);
        }
    }

    private static void trace(Lesson lesson, CourseContent content, Index index, DiagnosticSink sink) {
        FileReporter reporter = sink.forFile(lesson.file());
        for (Prerequisite row : lesson.prerequisites()) {
            if (row.actual().isEmpty()) {
                continue;
            }
            String concept = "'" + ModuleRecordParser.conceptName(row.concept().plain()) + "' at " + row.actual().get();
            if (row.sourceLessons().isEmpty()) {
                reporter.report(Rule.PREREQ_NOT_TRACEABLE, row.line(), row.source().column(), concept
                        + " cannot be traced: its source ('" + row.source().plain() + "') names no lesson");
                continue;
            }
            Sources sources = sources(row.sourceLessons(), content, index);
            // with several sources, one the content lacks, the concept is traced when another's record lists it
            Optional<String> untraced = sources.found().isEmpty() ? Optional.of("")
                    : trace(row, row.actual().get(), sources.found());
            if (untraced.isEmpty()) {
                continue;
            }
            if (sources.untraceable().isPresent()) {
                reporter.report(Rule.PREREQ_NOT_TRACEABLE, row.line(), row.source().column(), concept
                        + " cannot be traced: " + sources.untraceable().get()
                        + (sources.found().isEmpty() ? "" : ", and it " + untraced.get()));
            } else {
                reporter.report(Rule.PREREQ_UNTRACED, row.line(), row.source().column(), concept + " " + untraced.get());
            }
        }
    }

    private static boolean sameObjects(List<Object> a, List<Object> b) {
        return a.size() == b.size() && IntStream.range(0, a.size()).allMatch(i -> a.get(i) == b.get(i));
    }

    /** What is missing ("is not in ...") when no source's record lists the concept at {@code depth} or higher. */
    private static Optional<String> trace(Prerequisite prerequisite, Depth depth, List<Source> sources) {
        Set<String> words = ConceptNames.words(prerequisite.concept().plain());
        Row closest = null;
        double[] closestScore = {-1, -1, -1};
        for (Source source : sources) {
            Set<String> withoutLesson = withoutLessonName(words, source.slug());
            for (Row row : source.rows()) {
                Set<String> name = row.name();
                boolean deepEnough = row.entry().depth().map(d -> d.atLeast(depth)).orElse(false);
                if (deepEnough && (names(words, name, row.all())
                        || !withoutLesson.isEmpty() && names(withoutLesson, name, row.all()))) {
                    return Optional.empty();
                }
                double[] score = {ConceptNames.overlap(words, name), ConceptNames.similarity(words, name),
                        ConceptNames.overlap(words, row.all())};
                if (closer(score, closestScore)) {
                    closest = row;
                    closestScore = score;
                }
            }
        }
        String where = sources.size() == 1
                ? "module " + sources.get(0).moduleIds() + "'s record for " + sources.get(0).slug()
                : "the records for " + String.join(", ", sources.stream().map(Source::slug).toList());
        String message = "is not in " + where;
        if (closest == null) {
            message += ", which lists nothing taught by " + (sources.size() == 1 ? "it" : "them");
        } else if (closestScore[0] == 0 && closestScore[2] == 0) {
            message += "; none of its rows shares a word with it";
        } else {
            ConceptEntry entry = closest.entry();
            message += "; closest: '" + entry.name() + "' " + entry.depth().map(Depth::name)
                    .orElse(entry.depthText().plain()) + " (" + closest.record().file() + ":" + entry.line() + ")";
        }
        return Optional.of(message + mention(words, sources));
    }

    /**
     * Where a record's summary of a source lesson names the concept, which its Concept Index does not:
     * the evidence a reviewer needs to judge the claim, and the row the index lacks.
     */
    private static String mention(Set<String> concept, List<Source> sources) {
        for (Source source : sources) {
            for (Summary summary : source.summaries()) {
                for (TextRun run : LessonText.of(summary.part().blocks())) {
                    for (String sentence : SENTENCE_END.split(run.text().plain())) {
                        Set<String> words = ConceptNames.words(sentence);
                        // two words at least: a heading such as "Concepts taught:" names every concept
                        if (ConceptNames.overlap(concept, words) >= Math.min(2, concept.size())
                                && names(concept, words, ConceptNames.allWords(sentence))) {
                            return "; the record's summary of " + source.slug() + " mentions it ("
                                    + summary.file() + ":" + run.text().line() + ": '" + sentence.strip() + "')";
                        }
                    }
                }
            }
        }
        return "";
    }

    /**
     * Whether a record row names the prerequisite's concept. Names grow descriptions
     * ({@code Parameters = learnable values} for {@code Parameters}), so the shorter name decides:
     * at least half of its words are shared, and at least two unless it is a single word. A name
     * whose words all appear in the row's explanation counts too ({@code Flux single-stream blocks
     * in later layers} in {@code SD3 vs Flux architectural positioning (... Flux uses single-stream
     * blocks in later layers ...)}).
     */
    static boolean names(Set<String> concept, Set<String> rowName, Set<String> rowAll) {
        int shared = ConceptNames.overlap(concept, rowName);
        int shorter = Math.min(concept.size(), rowName.size());
        boolean byName = shorter > 0 && shared * 2 >= shorter && (shared >= 2 || shorter == 1);
        boolean byExplanation = concept.size() >= 2 && ConceptNames.overlap(concept, rowAll) == concept.size();
        return byName || byExplanation;
    }

    /**
     * A concept named after its source lesson ({@code ControlNet architecture} from {@code controlnet}) without
     * the lesson's name: the lesson's own record rows describe its subject and seldom repeat it
     * ({@code Trainable encoder copy architecture}). Empty when the concept does not name the lesson, or is
     * nothing but its name.
     */
    static Set<String> withoutLessonName(Set<String> concept, String slug) {
        Set<String> lesson = ConceptNames.words(slug.replace('-', ' '));
        if (lesson.isEmpty() || !concept.containsAll(lesson)) {
            return Set.of();
        }
        Set<String> rest = new LinkedHashSet<>(concept);
        rest.removeAll(lesson);
        return rest;
    }

    /** Ranks rows by shared name words, then Jaccard on names, then words shared with the whole cell. */
    private static boolean closer(double[] score, double[] best) {
        for (int i = 0; i < score.length; i++) {
            if (score[i] != best[i]) {
                return score[i] > best[i];
            }
        }
        return false;
    }

    /** The sources of a row that are written lessons with their record rows, and why the first other one cannot be traced. */
    private record Sources(List<Source> found, Optional<String> untraceable) {
    }

    private static Sources sources(List<LessonRef> refs, CourseContent content, Index index) {
        List<Source> sources = new ArrayList<>();
        List<String> untraceable = new ArrayList<>();
        for (LessonRef ref : refs) {
            Optional<String> slug = sourceSlug(ref, content);
            if (slug.isEmpty()) { // a position its module's plan does not name
                String module = ref.moduleId().orElse("");
                String position = ref.position().map(String::valueOf).orElse("");
                untraceable.add(content.modulePlan(module).isPresent()
                        ? "module " + module + "'s plan has no lesson " + position
                        : module + "." + position + " is a lesson of module " + module
                                + ", whose plan and record are not in the content");
                continue;
            }
            Optional<Lesson> written = content.lesson(slug.get());
            if (written.isEmpty()) {
                untraceable.add("its source lesson '" + slug.get() + "' is not in the content");
                continue;
            }
            Set<String> moduleIds = new LinkedHashSet<>();
            ref.moduleId().ifPresent(moduleIds::add);
            written.get().moduleId().ifPresent(moduleIds::add);
            List<ModuleRecord> records = moduleIds.stream().map(content::moduleRecord).flatMap(Optional::stream)
                    .toList();
            if (records.isEmpty()) {
                untraceable.add("its source lesson '" + slug.get() + "' is written, but module "
                        + String.join(" or ", moduleIds) + " has no record in the content");
                continue;
            }
            List<Row> rows = records.stream().flatMap(r -> index.rows(r, slug.get()).stream()).toList();
            List<Summary> summaries = records.stream().flatMap(r -> Optional.ofNullable(r.summaries().get(slug.get()))
                    .map(part -> new Summary(r.file(), part)).stream()).toList();
            sources.add(new Source(slug.get(), String.join(" or ", records.stream().map(ModuleRecord::moduleId).toList()),
                    rows, summaries));
        }
        return new Sources(sources, untraceable.stream().findFirst());
    }

    /** {@code consistency-models (7.3.1)} and a bare {@code 7.3.1} both give {@code consistency-models}. */
    static Optional<String> sourceSlug(LessonRef ref, CourseContent content) {
        if (ref.slug().isPresent() || ref.moduleId().isEmpty() || ref.position().isEmpty()) {
            return ref.slug();
        }
        int position = ref.position().get();
        return content.modulePlan(ref.moduleId().get()).stream().flatMap(plan -> plan.lessons().stream())
                .filter(planned -> planned.position() == position).map(PlannedLesson::slug).findFirst();
    }
}
