package dev.lectern.bench.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.lectern.bench.corpus.CourseLayout.LessonSpot;
import dev.lectern.bench.corpus.CourseLayout.Module;
import dev.lectern.bench.corpus.CourseLayout.Series;
import dev.lectern.math.KatexOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a synthetic course of N lessons (see {@link LessonWriter}) and, next to it, what the
 * benchmark needs to compare: every formula the build will typeset ({@code formulas.json}, the
 * input of the Node KaTeX comparison), the KaTeX options Lectern uses, and a summary
 * ({@code corpus.properties}). Deterministic for a given N, seed and shape.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.lectern.bench.corpus.CorpusGenerator --lessons 1000 --out DIR
 *     [--seed 42] [--lessons-per-module 8] [--modules-per-series 5] [--one-line]
 * </pre>
 *
 * {@code --one-line}: each lesson is its title line alone (no formulas), in the same folders, with
 * {@code course.md} (its table of series and modules), a {@code lectern.yaml} that lists drafts to
 * students (no lesson is reviewed), and no plans or records: for measuring how a build scales with
 * the number of lessons rather than with their size.
 *
 * Layout of DIR: {@code content/} (the course), {@code formulas.json}, {@code katex-options.json},
 * {@code corpus.properties}.
 */
public final class CorpusGenerator {

    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_LESSONS_PER_MODULE = 8;
    public static final int DEFAULT_MODULES_PER_SERIES = 5;

    /** What was written. {@code editTarget} is a lesson (relative to {@code content/}) for edit benchmarks. */
    public record Corpus(Path root, Path content, int lessons, int files, long bytes, int formulas, String editTarget) {
    }

    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) {
        int lessons = 100;
        Path out = null;
        long seed = DEFAULT_SEED;
        int perModule = DEFAULT_LESSONS_PER_MODULE;
        int perSeries = DEFAULT_MODULES_PER_SERIES;
        boolean oneLine = false;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--lessons" -> lessons = Integer.parseInt(require(args[i], value));
                case "--out" -> out = Path.of(require(args[i], value));
                case "--seed" -> seed = Long.parseLong(require(args[i], value));
                case "--lessons-per-module" -> perModule = Integer.parseInt(require(args[i], value));
                case "--modules-per-series" -> perSeries = Integer.parseInt(require(args[i], value));
                case "--one-line" -> {
                    oneLine = true;
                    continue;
                }
                default -> usage("unknown argument " + args[i]);
            }
            i++;
        }
        if (out == null) {
            usage("--out is required");
        }
        Corpus corpus = new CorpusGenerator().generate(out, lessons, seed, perModule, perSeries, oneLine);
        System.out.printf("%d lessons, %d files, %d bytes, %d formulas in %s%n", corpus.lessons(), corpus.files(),
                corpus.bytes(), corpus.formulas(), corpus.content());
    }

    private static String require(String option, String value) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: CorpusGenerator --lessons N --out DIR [--seed S] [--lessons-per-module K] "
                + "[--modules-per-series M] [--one-line]");
        System.exit(2);
    }

    public Corpus generate(Path out, int lessons) {
        return generate(out, lessons, DEFAULT_SEED, DEFAULT_LESSONS_PER_MODULE, DEFAULT_MODULES_PER_SERIES, false);
    }

    /**
     * Replaces {@code out/content} (and the files beside it) with a fresh corpus.
     *
     * @param oneLine each lesson its title line alone, with no formulas, and no plans or records
     */
    public Corpus generate(Path out, int lessons, long seed, int lessonsPerModule, int modulesPerSeries,
                           boolean oneLine) {
        CourseLayout layout = new CourseLayout(lessons, lessonsPerModule, modulesPerSeries, seed);
        Formulas formulas = new Formulas();
        LessonWriter lessonWriter = new LessonWriter(layout, formulas);
        PlanWriter plans = new PlanWriter(layout);
        Path content = out.resolve("content");
        deleteTree(content);
        Writer writer = new Writer(content);
        writer.write("course.md", plans.course());
        if (oneLine) {
            // one-line lessons are never reviewed, so drafts: listed to students, the build does the students' full work
            writer.write("lectern.yaml", "site:\n  drafts-for-students: true\n");
        }
        for (Series series : layout.series()) {
            if (!oneLine) {
                writer.write("series-" + series.number() + "/plan.md", plans.seriesPlan(series));
            }
            for (Module module : series.modules()) {
                if (!oneLine) {
                    writer.write(module.folder() + "/plan.md", plans.modulePlan(module));
                    writer.write(module.folder() + "/record.md", plans.moduleRecord(module));
                }
                for (int g : module.lessons()) {
                    LessonSpot lesson = layout.lesson(g);
                    writer.write(module.folder() + "/lessons/" + lesson.slug() + ".md",
                            oneLine ? "# Lesson: " + lesson.title() + "\n" : lessonWriter.write(lesson));
                }
            }
        }
        ArrayNode list = json.createArrayNode();
        for (LessonSpot lesson : oneLine ? List.<LessonSpot>of() : layout.lessons()) {
            for (Formulas.Formula f : formulas.forLesson(lesson.index() + 1)) {
                list.addObject().put("tex", f.tex()).put("display", f.display());
            }
        }
        LessonSpot middle = layout.lesson(lessons / 2);
        String edit = layout.moduleOf(middle).folder() + "/lessons/" + middle.slug() + ".md";
        Corpus corpus = new Corpus(out, content, lessons, writer.files, writer.bytes, list.size(), edit);
        try {
            json.writeValue(out.resolve("formulas.json").toFile(), list);
            Files.writeString(out.resolve("katex-options.json"), KatexOptions.JSON + "\n");
            Files.writeString(out.resolve("corpus.properties"), "lessons=" + lessons + "\nfiles=" + writer.files
                    + "\nbytes=" + writer.bytes + "\nformulas=" + list.size() + "\nseed=" + seed
                    + "\nedit=" + edit + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return corpus;
    }

    /** Deletes {@code dir} and everything in it, if it exists. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }

    /** Writes files under the content root and counts them. */
    private static final class Writer {
        private final Path root;
        int files;
        long bytes;

        Writer(Path root) {
            this.root = root;
        }

        void write(String relative, String text) {
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            Path file = root.resolve(relative);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, data);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            files++;
            bytes += data.length;
        }
    }
}
