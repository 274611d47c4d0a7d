package dev.lectern.parse;

import dev.lectern.math.PlainEquationTranslator;
import dev.lectern.model.Rule;
import dev.lectern.model.Course;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Lesson;
import dev.lectern.model.ModulePlan;
import dev.lectern.model.ModuleRecord;
import dev.lectern.model.SeriesPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads a content folder into a {@link CourseContent}: scans it, then reads and parses every file,
 * files in parallel, each under {@link GuardedParsing}. A file that cannot be read or parsed, or is
 * over the size limit, is reported and left out; the rest still loads.
 */
public final class ContentLoader {

    /** Lectern's parsers, sharing one Flexmark configuration (Flexmark's parser is thread-safe). */
    private final LecternMarkdown markdown = new LecternMarkdown();
    private final ContentScanner scanner = new ContentScanner();
    private final LessonParser lessons = new LessonParser(markdown, new PlainEquationTranslator()::toTex);
    private final CourseParser courses = new CourseParser(markdown);
    private final ModulePlanParser modulePlans = new ModulePlanParser(markdown);
    private final ModuleRecordParser moduleRecords = new ModuleRecordParser(markdown);
    private final SeriesPlanParser seriesPlans = new SeriesPlanParser(markdown);
    private final GuardedParsing guard;
    private final ParseCache cache;

    private ContentLoader(GuardedParsing guard, ParseCache cache) {
        this.guard = guard;
        this.cache = cache;
    }

    /** The loader with Lectern's parsers, remembering nothing between loads. */
    public static ContentLoader standard(GuardedParsing guard) {
        return standard(guard, ParseCache.none());
    }

    /** As {@link #standard(GuardedParsing)}, remembering parsed files in {@code cache}. */
    public static ContentLoader standard(GuardedParsing guard, ParseCache cache) {
        return new ContentLoader(guard, cache);
    }

    /** Scans the content folder and loads what it finds, with the default limits. */
    public CourseContent load(Path root, DiagnosticSink sink) {
        return load(scan(root, List.of()), ParseLimits.defaults(), sink);
    }

    /** Finds the content files, leaving out the folders {@code leftOut} names; see {@link ContentScanner}. */
    public ContentScanner.Scan scan(Path root, java.util.Collection<Path> leftOut) {
        return scanner.scan(root, leftOut);
    }

    /** Reads and parses what a scan found; what the scan could not read is reported first. */
    public CourseContent load(ContentScanner.Scan scan, ParseLimits limits, DiagnosticSink sink) {
        scan.problems().forEach(sink::report);
        List<ContentScanner.Entry> entries = scan.entries();
        cache.keepOnly(entries.stream().map(ContentScanner.Entry::relative).collect(java.util.stream.Collectors.toSet()));
        List<GuardedParsing.Pending<Object>> started = new ArrayList<>();
        for (ContentScanner.Entry entry : entries) {
            start(entry, Optional.ofNullable(scan.stamps().get(entry.relative())), limits, sink).ifPresent(started::add);
        }
        List<Object> loaded = started.stream().map(GuardedParsing.Pending::await).flatMap(Optional::stream).toList();
        return new CourseContent(
                loaded.stream().filter(Course.class::isInstance).map(Course.class::cast).findFirst(),
                of(loaded, SeriesPlan.class), of(loaded, ModulePlan.class), of(loaded, ModuleRecord.class),
                of(loaded, Lesson.class));
    }

    private static <T> List<T> of(List<Object> loaded, Class<T> type) {
        return loaded.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** @param stat the file's size and modification time as the scan took them, before its bytes are read */
    private Optional<GuardedParsing.Pending<Object>> start(ContentScanner.Entry entry, Optional<ContentScanner.Stamp> stat,
                                                           ParseLimits limits, DiagnosticSink sink) {
        FileReporter reporter = sink.forFile(entry.relative());
        if (entry instanceof ContentScanner.OtherFile) {
            reporter.report(Rule.UNKNOWN_FILE, 0, 0, "not a course, series, module or lesson file by its place in the "
                    + "tree; it is not published");
            return Optional.empty();
        }
        if (stat.isPresent() && stat.get().size() > limits.maxFileBytes()) {
            reportTooLarge(reporter, stat.get().size(), limits);
            return Optional.empty();
        }
        Instant read = Instant.now();
        Optional<ParseCache.Entry> unchanged = cache.lookup(entry.relative(), stat);
        if (unchanged.isPresent()) {
            unchanged.get().diagnostics().forEach(sink::report);
            return Optional.of(GuardedParsing.Pending.done(unchanged.get().parsed()));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(entry.path())) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            reporter.report(Rule.IO_ERROR, 0, 0, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        if (bytes.length > limits.maxFileBytes()) { // it grew since its size was read
            reportTooLarge(reporter, bytes.length, limits);
            return Optional.empty();
        }
        ContentFile file = new ContentFile(entry.relative(), bytes);
        Optional<ParseCache.Entry> known = cache.lookup(file);
        if (known.isPresent()) {
            cache.remember(file, stat, read, known.get().parsed(), known.get().diagnostics()); // its new stat
            known.get().diagnostics().forEach(sink::report);
            return Optional.of(GuardedParsing.Pending.done(known.get().parsed()));
        }
        return Optional.of(guard.submit(reporter, () -> {
            DiagnosticCollector found = new DiagnosticCollector();
            Object parsed = parse(entry, file, found.forFile(entry.relative()));
            List<Diagnostic> diagnostics = found.sorted();
            diagnostics.forEach(sink::report);
            cache.remember(file, stat, read, parsed, diagnostics);
            return parsed;
        }));
    }

    private static void reportTooLarge(FileReporter reporter, long size, ParseLimits limits) {
        reporter.report(Rule.FILE_TOO_LARGE, 0, 0, "the file is " + size(size) + ", over the limit of "
                + size(limits.maxFileBytes()) + " (limits: max-file-size in lectern.yaml); it is not read");
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private Object parse(ContentScanner.Entry entry, ContentFile file, FileReporter reporter) {
        if (entry instanceof ContentScanner.CourseFile) {
            return courses.parse(file, reporter);
        }
        if (entry instanceof ContentScanner.SeriesPlanFile series) {
            return seriesPlans.parse(file, series.series(), reporter);
        }
        if (entry instanceof ContentScanner.ModulePlanFile plan) {
            return modulePlans.parse(file, plan.moduleId(), reporter);
        }
        if (entry instanceof ContentScanner.ModuleRecordFile record) {
            return moduleRecords.parse(file, record.moduleId(), reporter);
        }
        return lessons.parse(file, reporter);
    }
}
