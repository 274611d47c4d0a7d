package dev.lectern.bench.jmh;

import dev.lectern.bench.corpus.CorpusGenerator;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.parse.ContentFile;
import dev.lectern.parse.ContentLoader;
import dev.lectern.parse.GuardedParsing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmarks read: the seed lesson (packaged in the jar) and generated corpora. */
final class BenchInputs {

    static final String SEED_PATH = "series-7/module-7-3/lessons/latent-consistency-and-turbo.md";

    /** Drops every diagnostic: the benchmarks measure the work, not the reporting. */
    static final DiagnosticSink IGNORE = diagnostic -> {
    };

    private BenchInputs() {
    }

    static ContentFile seed() {
        try (InputStream in = BenchInputs.class.getResourceAsStream("/bench/latent-consistency-and-turbo.md")) {
            if (in == null) {
                throw new IllegalStateException("the seed lesson is missing from the benchmark jar");
            }
            return new ContentFile(SEED_PATH, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Generates a corpus of {@code lessons} lessons in a new temporary folder. */
    static CorpusGenerator.Corpus corpus(int lessons) {
        try {
            return new CorpusGenerator().generate(Files.createTempDirectory("lectern-bench-"), lessons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scans and parses a content folder, as the build's load stage does. */
    static CourseContent load(Path content) {
        try (GuardedParsing guard = GuardedParsing.standard()) {
            return ContentLoader.standard(guard).load(content, IGNORE);
        }
    }

    static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
