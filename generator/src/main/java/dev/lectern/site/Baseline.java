package dev.lectern.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lectern.math.Sha256;
import dev.lectern.math.WholeFile;
import dev.lectern.model.Diagnostic;
import dev.lectern.render.DiagnosticCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The diagnostics a course already had when it adopted Lectern, so that CI fails on new ones only
 * ({@code check --baseline FILE}, written by {@code --write-baseline FILE}). A diagnostic is known
 * by its rule, its file and a hash of its source line's text, not by its line number, which shifts
 * when lines are added above it (as detekt, Psalm and ESLint's suppressions do); a key recorded n
 * times covers n diagnostics. The file records the content folder it was made for, relative to the
 * baseline's own folder, so it holds in any checkout of the repository.
 * <pre>
 * {"lectern-baseline": 1, "content": "content",
 *  "diagnostics": [{"file": "series-7/.../sdxl.md", "rule": "prereq-untraced", "source": "3f2a...", "count": 1}]}
 * </pre>
 */
public final class Baseline {
    static final int FORMAT = 1;
    private static final String MARK = "lectern-baseline";
    /** Hex digits of the line's SHA-256 kept: 64 bits tell a file's lines apart. */
    private static final int HASH = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Key, Integer> known;
    private final SourceExcerpts lines;

    private record Key(String file, String rule, String source) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::file).thenComparing(Key::rule)
                .thenComparing(Key::source);
    }

    /** What a baseline leaves of a run's diagnostics: the new ones, and how many it covered. */
    public record Applied(List<Diagnostic> reported, int covered) {
        public Applied {
            reported = List.copyOf(reported);
        }

        /** {@code 3 known diagnostics left out (the baseline base.json)}; empty when it covered none. */
        public Optional<String> leftOut(Path baseline) {
            return covered == 0 ? Optional.empty()
                    : Optional.of(DiagnosticCounts.plural(covered, "known diagnostic") + " left out (the baseline "
                            + baseline + ")");
        }
    }

    /** A baseline file that cannot be used: missing, empty, not JSON, not a baseline, or another course's. */
    public static final class Unusable extends Exception {
        Unusable(Path file, String why) {
            super("baseline " + file + " " + why);
        }
    }

    private Baseline(Map<Key, Integer> known, SourceExcerpts lines) {
        this.known = known;
        this.lines = lines;
    }

    /** Reads the baseline made for {@code contentDir}; any other file is {@link Unusable}, with a one-line reason. */
    public static Baseline read(Path file, Path contentDir) throws Unusable {
        if (!Files.isRegularFile(file)) {
            throw new Unusable(file, "does not exist (write one with --write-baseline " + file + ")");
        }
        JsonNode root;
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                throw new Unusable(file, "is empty (write one with --write-baseline " + file + ")");
            }
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new Unusable(file, "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.path(MARK).isInt() || !root.path("content").isTextual()
                || !root.path("diagnostics").isArray()) {
            throw new Unusable(file, "is not a Lectern baseline (expected {\"" + MARK + "\": " + FORMAT
                    + ", \"content\": ..., \"diagnostics\": [...]})");
        }
        if (root.get(MARK).asInt() != FORMAT) {
            throw new Unusable(file, "has format " + root.get(MARK).asInt() + ", which this Lectern does not read "
                    + "(it writes format " + FORMAT + ")");
        }
        String madeFor = root.get("content").asText();
        if (!sameFolder(folderOf(file).resolve(madeFor), contentDir)) {
            throw new Unusable(file, "was made for the content folder '" + madeFor + "', not " + contentDir
                    + " (write one for this course with --write-baseline)");
        }
        Map<Key, Integer> known = new HashMap<>();
        for (JsonNode entry : root.get("diagnostics")) {
            if (!entry.path("file").isTextual() || !entry.path("rule").isTextual() || !entry.path("source").isTextual()
                    || !entry.path("count").canConvertToInt() || entry.path("count").asInt() < 1) {
                throw new Unusable(file, "has an entry that is not {\"file\", \"rule\", \"source\", \"count\"}: " + entry);
            }
            known.merge(new Key(entry.get("file").asText(), entry.get("rule").asText(), entry.get("source").asText()),
                    entry.get("count").asInt(), Integer::sum);
        }
        return new Baseline(known, SourceExcerpts.of(contentDir));
    }

    /** Writes a baseline of {@code diagnostics} (found in {@code contentDir}) to {@code file}. */
    public static void write(Path file, Path contentDir, List<Diagnostic> diagnostics) {
        SourceExcerpts lines = SourceExcerpts.of(contentDir);
        Map<Key, Integer> known = new TreeMap<>(Key.ORDER);
        diagnostics.forEach(d -> known.merge(key(d, lines), 1, Integer::sum));
        ObjectNode root = JSON.createObjectNode();
        root.put(MARK, FORMAT);
        root.put("content", recorded(folderOf(file), contentDir));
        ArrayNode entries = root.putArray("diagnostics");
        known.forEach((key, count) -> entries.addObject().put("file", key.file()).put("rule", key.rule())
                .put("source", key.source()).put("count", count));
        try {
            Path folder = folderOf(file);
            Files.createDirectories(folder);
            // a baseline CI reads is never seen half-written
            WholeFile.replace(file, (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diagnostics this baseline does not cover, in their order; each key covers as many as it recorded. */
    public Applied apply(List<Diagnostic> diagnostics) {
        Map<Key, Integer> left = new HashMap<>(known);
        List<Diagnostic> reported = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Key key = key(d, lines);
            int count = left.getOrDefault(key, 0);
            if (count > 0) {
                left.put(key, count - 1);
            } else {
                reported.add(d);
            }
        }
        return new Applied(reported, diagnostics.size() - reported.size());
    }

    /** Whitespace around the line does not count: re-indenting a table keeps its diagnostics known. */
    private static Key key(Diagnostic d, SourceExcerpts lines) {
        String text = lines.sourceLine(d.file(), d.line()).orElse("").strip();
        return new Key(d.file(), d.rule(), Sha256.hex(text.getBytes(StandardCharsets.UTF_8)).substring(0, HASH));
    }

    private static Path folderOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }

    /** The content folder relative to the baseline's folder, with '/'; absolute when there is no such path. */
    private static String recorded(Path baselineFolder, Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        try {
            String relative = baselineFolder.relativize(content).toString().replace('\\', '/');
            return relative.isEmpty() ? "." : relative;
        } catch (IllegalArgumentException e) {
            return content.toString(); // another drive on Windows
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // the folder it was made for does not exist here
        }
    }
}
