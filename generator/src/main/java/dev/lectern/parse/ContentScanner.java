package dev.lectern.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the content files under a content root and says what each is, by its place in the tree:
 * {@code course.md}, {@code series-N/plan.md}, {@code series-N/module-N-M/plan.md} and
 * {@code record.md}, {@code .../lessons/<slug>.md}. Hidden files and folders are skipped.
 */
public final class ContentScanner {
    private static final Pattern SERIES_PLAN = Pattern.compile("^series-(\\d+)/plan\\.md$");
    private static final Pattern MODULE_FILE = Pattern.compile("^(?:series-\\d+/)?module-(\\d+)-(\\d+)/(plan|record)\\.md$");
    private static final Pattern LESSON = Pattern.compile("(?:^|/)lessons/[^/]+\\.md$");

    /** What a file is, with what its place in the tree says about it. */
    public sealed interface Entry {
        Path path();

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

    /**
     * The content files, sorted by path so builds are reproducible.
     *
     * @throws UncheckedIOException when the root cannot be listed: that is not a content problem
     */
    public List<Entry> scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new IOException("content folder not found: " + root));
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !isHidden(root.relativize(p)))
                    .sorted()
                    .forEach(p -> classify(root, p).ifPresent(entries::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Entry> classify(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
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
