package dev.lectern.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.parse.ContentLoader;
import dev.lectern.parse.GuardedParsing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Content trees for rule tests: the repository's content (or a corpus folder) copied to a
 * temporary folder, changed in one place, and loaded by the real loader and parsers.
 */
public final class EditedContent {
    /** The seed's path in the content tree, as diagnostics name it. */
    public static final String SEED = "series-7/module-7-3/lessons/latent-consistency-and-turbo.md";

    private EditedContent() {
    }

    /** The content tree under {@code root}, loaded as the build loads it. */
    public static CourseContent load(Path root) {
        try (GuardedParsing guard = new GuardedParsing(2)) {
            return ContentLoader.standard(guard).load(root, new DiagnosticCollector());
        }
    }

    /** The seed's text as it stands in the content tree. */
    public static String seedText() {
        return read(Repo.seed());
    }

    /** The repository's content copied to {@code dir}, with {@code from} replaced by {@code to} in the seed. */
    public static CourseContent seedWith(Path dir, String from, String to) {
        return seed(dir, replaceOnce(seedText(), from, to));
    }

    /** The repository's content copied to {@code dir}, with the seed's text replaced by {@code text}. */
    public static CourseContent seed(Path dir, String text) {
        copy(Repo.content(), dir);
        write(dir, SEED, text);
        return load(dir);
    }

    /** {@code text} with its one occurrence of {@code from} replaced; fails when there is not exactly one. */
    public static String replaceOnce(String text, String from, String to) {
        int first = text.indexOf(from);
        assertEquals(true, first >= 0 && text.indexOf(from, first + 1) < 0,
                "expected exactly one occurrence of: " + from);
        return text.substring(0, first) + to + text.substring(first + from.length());
    }

    /** {@code text} without the lines that start with any of {@code prefixes} (each must match one line). */
    public static String withoutLines(String text, String... prefixes) {
        List<String> lines = text.lines().toList();
        for (String prefix : prefixes) {
            assertEquals(1, lines.stream().filter(l -> l.startsWith(prefix)).count(), "lines starting " + prefix);
        }
        return String.join("\n", lines.stream().filter(l -> Stream.of(prefixes).noneMatch(l::startsWith)).toList())
                + "\n";
    }

    /** Copies the folder {@code from} into {@code to}. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to the content file {@code relative} under {@code root}. */
    public static void write(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
