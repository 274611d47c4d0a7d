package dev.lectern.bench.jmh;

import dev.lectern.bench.corpus.CorpusGenerator;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.validate.ChecklistClaims;
import dev.lectern.validate.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Validating a whole course (every check of {@link Validator#standard(ChecklistClaims)}) on a generated corpus,
 * already parsed. {@code -p lessons=1000} for the large one.
 */
public class ValidateBenchmark extends StageBenchmark {

    @Param({"100"})
    public int lessons;

    private CorpusGenerator.Corpus corpus;
    private CourseContent content;
    private Validator validator;

    @Setup
    public void setUp() {
        corpus = BenchInputs.corpus(lessons);
        content = BenchInputs.load(corpus.content());
        validator = Validator.standard(new ChecklistClaims());
    }

    @TearDown
    public void tearDown() {
        BenchInputs.delete(corpus.root());
    }

    @Benchmark
    public DiagnosticCollector validateCourse() {
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        validator.validate(content, diagnostics, diagnostics);
        return diagnostics;
    }
}
