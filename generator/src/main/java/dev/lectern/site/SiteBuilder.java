package dev.lectern.site;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.parse.ContentLoader;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderedFile;
import dev.lectern.validate.Validator;
import java.nio.file.Path;
import java.util.List;

/**
 * The build, stage by stage: load (scan and parse), validate, render (formulas through the cache,
 * page models through the templates), check links, write atomically. Each stage is timed.
 */
public final class SiteBuilder {
    private final ContentLoader loader;
    private final Validator validator;
    private final PageRenderer renderer;
    private final LinkChecker links = new LinkChecker();
    private final AtomicOutput output = new AtomicOutput();

    public SiteBuilder(ContentLoader loader, Validator validator, PageRenderer renderer) {
        this.loader = loader;
        this.validator = validator;
        this.renderer = renderer;
    }

    public CheckResult check(Path contentDir) {
        StageClock clock = new StageClock();
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        CourseContent content = load(contentDir, clock, diagnostics);
        return new CheckResult(content, diagnostics.sorted(), clock.timings());
    }

    public BuildResult build(Path contentDir, Path outputDir) {
        StageClock clock = new StageClock();
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        CourseContent content = load(contentDir, clock, diagnostics);
        List<RenderedFile> files = clock.time("render", () -> renderer.render(content, diagnostics));
        clock.time("check links", () -> links.check(files, diagnostics));
        int written = clock.time("write", () -> output.write(outputDir, files));
        return new BuildResult(outputDir, diagnostics.sorted(), clock.timings(), written);
    }

    private CourseContent load(Path contentDir, StageClock clock, DiagnosticCollector diagnostics) {
        CourseContent content = clock.time("load", () -> loader.load(contentDir, diagnostics));
        clock.time("validate", () -> validator.validate(content, diagnostics));
        return content;
    }
}
