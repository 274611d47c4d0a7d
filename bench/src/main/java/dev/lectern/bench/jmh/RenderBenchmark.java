package dev.lectern.bench.jmh;

import dev.lectern.bench.corpus.CorpusGenerator;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Lesson;
import dev.lectern.model.Publication;
import dev.lectern.parse.ContentFile;
import dev.lectern.parse.LecternMarkdown;
import dev.lectern.parse.LessonParser;
import dev.lectern.math.PlainEquationTranslator;
import dev.lectern.render.RenderCache;
import dev.lectern.render.RenderedFile;
import dev.lectern.render.SiteRenderer;
import dev.lectern.validate.ChecklistClaims;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering one lesson's pages (student page, spec, review history, lesson.json, plus the course
 * index and the static assets every build emits) with a {@link FakeMath}, so KaTeX is out of the
 * picture. {@code lesson=none} renders an empty course: the fixed cost (index and assets) to
 * subtract from the other two. Rendering needs longer to warm up than the other stages (the first
 * operations take a second each while the JIT compiles Flexmark, jsoup and Freemarker).
 */
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class RenderBenchmark extends StageBenchmark {

    /** {@code seed}: the seed lesson; {@code synthetic}: a generated lesson with its five formulas. */
    @Param({"seed", "synthetic", "none"})
    public String lesson;

    private SiteRenderer renderer;
    private CourseContent content;

    @Setup
    public void setUp() {
        renderer = new SiteRenderer(new FakeMath(), Runnable::run, RenderCache.none(), new ChecklistClaims());
        List<Lesson> lessons = switch (lesson) {
            case "seed" -> List.of(parse(BenchInputs.seed()));
            case "synthetic" -> List.of(parse(syntheticLesson()));
            case "none" -> List.of();
            default -> throw new IllegalArgumentException("lesson must be seed, synthetic or none: " + lesson);
        };
        content = new CourseContent(Optional.empty(), List.of(), List.of(), List.of(), lessons);
    }

    @Benchmark
    public List<RenderedFile> renderLessonPages() {
        List<RenderedFile> files = new ArrayList<>();
        DiagnosticCollector diagnostics = new DiagnosticCollector(); // what the pages count: what the render reports
        renderer.render(content, Publication.defaults(), diagnostics, diagnostics, files::add);
        return files;
    }

    private static Lesson parse(ContentFile file) {
        LessonParser parser = new LessonParser(new LecternMarkdown(), new PlainEquationTranslator()::toTex);
        return parser.parse(file, BenchInputs.IGNORE.forFile(file.path()));
    }

    private static ContentFile syntheticLesson() {
        CorpusGenerator.Corpus corpus = BenchInputs.corpus(8);
        try {
            return new ContentFile(corpus.editTarget(), Files.readAllBytes(corpus.content().resolve(corpus.editTarget())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            BenchInputs.delete(corpus.root());
        }
    }
}
