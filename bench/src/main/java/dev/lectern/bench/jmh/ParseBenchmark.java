package dev.lectern.bench.jmh;

import dev.lectern.model.Lesson;
import dev.lectern.parse.ContentFile;
import dev.lectern.parse.LecternMarkdown;
import dev.lectern.parse.LessonParser;
import dev.lectern.math.PlainEquationTranslator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** Parsing one lesson: the seed (75 KB) through Flexmark and Lectern's readers into the model. */
public class ParseBenchmark extends StageBenchmark {

    private LessonParser parser;
    private ContentFile seed;

    @Setup
    public void setUp() {
        parser = new LessonParser(new LecternMarkdown(), new PlainEquationTranslator()::toTex);
        seed = BenchInputs.seed();
    }

    @Benchmark
    public Lesson parseSeedLesson() {
        return parser.parse(seed, BenchInputs.IGNORE.forFile(seed.path()));
    }
}
