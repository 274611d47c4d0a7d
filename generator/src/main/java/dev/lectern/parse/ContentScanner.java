package dev.lectern.parse;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the content files under a content root and says what each is, by its place in the tree:
 * {@code course.md}, {@code series-N/plan.md}, {@code series-N/module-N-M/plan.md} and
 * {@code record.md}, {@code .../lessons/<slug>.md}. Hidden files and folders are skipped unread.
 *
 * <p>Only what lies inside the content folder is read: a symbolic link whose target is outside it
 * is reported, never followed, so a lesson linked to {@code /proc/self/environ} cannot publish its
 * text. Special files (FIFOs, devices, sockets) are reported and never opened; an unreadable folder
 * is reported and the rest of the tree still scanned.
 */
public final class ContentScanner {
    private static final Pattern SERIES_PLAN = Pattern.compile("^series-(\\d+)/plan\\.md$");
    private static final Pattern MODULE_FILE = Pattern.compile("^(?:series-\\d+/)?module-(\\d+)-(\\d+)/(plan|record)\\.md$");
    private static final Pattern LESSON = Pattern.compile("(?:^|/)lessons/[^/]+\\.md$");
    /** The course's settings, an input of the build beside the Markdown files. */
    public static final String CONFIG_FILE = "lectern.yaml";

    /** What a file is, with what its place in the tree says about it. */
    public sealed interface Entry {
        /** Where to read it: inside the content folder, links already resolved. */
        Path path();

        /** Its name under the content folder, with '/' separators: the file of its diagnostics. */
        String relative();
    }

    public record CourseFile(Path path, String relative) implements Entry {
    }

    public record SeriesPlanFile(Path path, String relative, int series) implements Entry {
    }

    public record ModulePlanFile(Path path, String relative, String moduleId) implements Entry {
    }

    public record ModuleRecordFile(Path path, String relative, String moduleId) implements Entry {
    }

    public record LessonFile(Path path, String relative) implements Entry {
    }

    /** A Markdown file in no known place; reported, not parsed. */
    public record OtherFile(Path path, String relative) implements Entry {
    }

    /** A file's size and modification time (milliseconds), as make and Hugo judge freshness. */
    public record Stamp(long size, long modified) {
    }

    /**
     * What a scan found.
     *
     * @param root     the content folder's real path
     * @param entries  the content files, sorted by path so builds are reproducible
     * @param stamps   size and time of every file the build reads ({@link #CONFIG_FILE} too), by relative name
     * @param problems what could not or must not be read, each a located diagnostic
     */
    public record Scan(Path root, List<Entry> entries, Map<String, Stamp> stamps, List<Diagnostic> problems) {
        public Scan {
            entries = List.copyOf(entries);
            stamps = Map.copyOf(stamps);
            problems = List.copyOf(problems);
        }
    }

    /** Scans the whole content folder. */
    public Scan scan(Path root) {
        return scan(root, Set.of());
    }

    /**
     * Scans the content folder, leaving out the folders {@code leftOut} names (the site being built
     * into a folder inside the content, as Jekyll leaves out {@code _site}).
     *
     * @throws UncheckedIOException when the root is not a folder: that is not a content problem
     */
    public Scan scan(Path root, Collection<Path> leftOut) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("content folder not found: " + root, e));
        }
        if (!Files.isDirectory(real)) {
            throw new UncheckedIOException(new IOException("content folder not found: " + root));
        }
        Walk walk = new Walk(real, leftOut.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        try {
            Files.walkFileTree(real, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, walk);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the visitor reports every failure; nothing is left to throw
        }
        walk.entries.sort(Comparator.comparing(Entry::relative));
        return new Scan(real, walk.entries, walk.stamps, walk.problems.sorted());
    }

    /** Visits the tree without following links; links are resolved and checked one by one. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        final Path root;
        final List<Path> leftOut;
        final List<Entry> entries = new ArrayList<>();
        final Map<String, Stamp> stamps = new TreeMap<>();
        final DiagnosticCollector problems = new DiagnosticCollector();

        Walk(Path root, List<Path> leftOut) {
            this.root = root;
            this.leftOut = leftOut;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && (isHidden(dir) || leftOut.contains(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String relative = relative(file);
            if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            FileReporter reporter = problems.forFile(relative);
            Path target = file;
            BasicFileAttributes read = attrs;
            if (attrs.isSymbolicLink()) {
                try {
                    target = file.toRealPath();
                    read = Files.readAttributes(target, BasicFileAttributes.class);
                } catch (IOException e) {
                    if (isInput(relative)) {
                        reporter.report(Rule.IO_ERROR, 0, 0, e instanceof NoSuchFileException
                                ? "a symbolic link to nothing; it is not read"
                                : "cannot follow the symbolic link: " + e.getMessage());
                    }
                    return FileVisitResult.CONTINUE;
                }
                boolean folder = read.isDirectory();
                if ((folder || isInput(relative)) && !target.startsWith(root)) {
                    reporter.report(Rule.LINK_OUTSIDE_CONTENT, 0, 0, "a symbolic link that leads outside the content "
                            + "folder; it is not read");
                    return FileVisitResult.CONTINUE;
                }
                if (folder) {
                    return FileVisitResult.CONTINUE; // inside the content: its files are scanned where they are
                }
            }
            if (!isInput(relative)) {
                return FileVisitResult.CONTINUE;
            }
            if (!read.isRegularFile()) {
                reporter.report(Rule.SPECIAL_FILE, 0, 0, "not a regular file (a pipe, device or socket); "
                        + "it is not opened");
                return FileVisitResult.CONTINUE;
            }
            stamps.put(relative, new Stamp(read.size(), read.lastModifiedTime().toMillis()));
            if (!relative.equals(CONFIG_FILE)) {
                classify(target, relative).ifPresent(entries::add);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!isHidden(file) && !leftOut.contains(file)) {
                String what = Files.isDirectory(file) ? "folder" : "file";
                problems.forFile(relative(file)).report(Rule.IO_ERROR, 0, 0,
                        "cannot read the " + what + ": " + e.getMessage() + "; the rest of the course is still built");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                problems.forFile(relative(dir)).report(Rule.IO_ERROR, 0, 0, "cannot list the folder: "
                        + e.getMessage() + "; the rest of the course is still built");
            }
            return FileVisitResult.CONTINUE;
        }

        private String relative(Path file) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            return relative.isEmpty() ? "." : relative;
        }

        private boolean isHidden(Path path) {
            return !path.equals(root) && path.getFileName().toString().startsWith(".");
        }

        private static boolean isInput(String relative) {
            return relative.endsWith(".md") || relative.equals(CONFIG_FILE);
        }
    }

    private static Optional<Entry> classify(Path file, String relative) {
        if (relative.equals("course.md")) {
            return Optional.of(new CourseFile(file, relative));
        }
        Matcher series = SERIES_PLAN.matcher(relative);
        if (series.matches()) {
            return Optional.of(new SeriesPlanFile(file, relative, Integer.parseInt(series.group(1))));
        }
        Matcher module = MODULE_FILE.matcher(relative);
        if (module.matches()) {
            String id = module.group(1) + "." + module.group(2);
            return Optional.of(module.group(3).equals("plan") ? new ModulePlanFile(file, relative, id)
                    : new ModuleRecordFile(file, relative, id));
        }
        if (LESSON.matcher(relative).find()) {
            return Optional.of(new LessonFile(file, relative));
        }
        if (relative.endsWith("/summary.md") || relative.equals("README.md")) {
            return Optional.empty(); // series summaries and notes are for people; nothing to publish yet
        }
        return Optional.of(new OtherFile(file, relative));
    }
}
