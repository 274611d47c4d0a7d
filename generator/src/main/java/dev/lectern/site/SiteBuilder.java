package dev.lectern.site;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.parse.ContentLoader;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.ValidationPageRenderer;
import dev.lectern.validate.ConfigReader;
import dev.lectern.validate.PolicySink;
import dev.lectern.validate.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The build, stage by stage: load (configuration, scan and parse), validate, render (formulas
 * through the cache, page models through the templates), check links, report (the validation
 * page, {@code lessons/reports/validation.html}), write atomically. Each stage is timed; every
 * diagnostic goes through the rule policy of {@code lectern.yaml}.
 */
public final class SiteBuilder {
    private final ConfigReader config;
    private final ContentLoader loader;
    private final Validator validator;
    private final PageRenderer renderer;
    private final LinkChecker links = new LinkChecker();
    private final ValidationPageRenderer report = new ValidationPageRenderer();
    private final BuildStates states;
    private final boolean skipUnchanged;
    private final FileFacts facts = new FileFacts();
    private final Executor preparing;
    private final String lectern;

    /**
     * @param states        where each build leaves what the next one needs to skip unchanged work
     * @param skipUnchanged whether a build whose inputs and output are as the last build left them does nothing
     * @param preparing     where a whole new output's files are made ahead of need (one thread is enough)
     */
    SiteBuilder(ConfigReader config, ContentLoader loader, Validator validator, PageRenderer renderer,
                BuildStates states, boolean skipUnchanged, Executor preparing) {
        this.config = config;
        this.loader = loader;
        this.validator = validator;
        this.renderer = renderer;
        this.states = states;
        this.skipUnchanged = skipUnchanged;
        this.preparing = preparing;
        this.lectern = BuildId.ofThisLectern().text();
    }

    public CheckResult check(Path contentDir) {
        Run run = new Run();
        CourseContent content = loadAndValidate(contentDir, run);
        return new CheckResult(content, run.collector.sorted(), run.clock.timings());
    }

    /**
     * The validation page comes last, so that it lists every diagnostic, the link check's too. The
     * link check still covers it: its links depend on the content alone, so the check runs over a
     * copy rendered with the diagnostics found so far, which links exactly as the final page does.
     */
    public BuildResult build(Path contentDir, Path outputDir) {
        Run run = new Run();
        InputStamps inputs = run.clock.time("check inputs", () -> InputStamps.of(contentDir));
        String contentPath = contentDir.toAbsolutePath().normalize().toString();
        Optional<BuildState> last = states.load(outputDir).filter(state -> state.contentDir().equals(contentPath));
        Optional<BuildState> previous = last
                .filter(state -> state.lectern().equals(lectern))
                .filter(state -> IncrementalOutput.intact(outputDir, state.outputs()));
        if (skipUnchanged && previous.isPresent() && previous.get().inputs().equals(inputs)) {
            // Nothing changed since the last build, which wrote exactly this: its diagnostics stand.
            return new BuildResult(outputDir, previous.get().diagnostics(), run.clock.timings(), 0);
        }
        states.forget(outputDir);
        // A whole new output starts making the last build's files now, while the content loads.
        SiteWriter writer = previous.<SiteWriter>map(state -> new IncrementalOutput(outputDir, state.outputs(), facts))
                .orElseGet(() -> new AtomicOutput(outputDir, facts,
                        last.map(state -> state.outputs().keySet()).orElse(Set.of()), preparing));
        try {
            CourseContent content = loadAndValidate(contentDir, run);
            List<PageLinks> pages = Collections.synchronizedList(new ArrayList<>());
            run.clock.time("render", () -> renderer.render(content, run.collector, run.diagnostics, file -> {
                pages.add(facts.links(file));
                writer.write(file);
            }));
            // The report's links depend on the content only: a copy made before the link check links
            // exactly as the final one, which also lists what the link check found.
            pages.add(PageLinks.of(report.render(content, run.collector.sorted())));
            run.clock.time("check links", () -> links.check(pages, content, run.diagnostics));
            run.clock.time("report", () -> writer.write(report.render(content, run.collector.sorted())));
            SiteWriter.Result written = run.clock.time("write", writer::finish);
            List<Diagnostic> diagnostics = run.collector.sorted();
            states.save(outputDir, new BuildState(lectern, contentPath, inputs, written.outputs(), diagnostics));
            return new BuildResult(outputDir, diagnostics, run.clock.timings(), written.written());
        } catch (RuntimeException | Error e) {
            writer.abort();
            throw e;
        }
    }

    private CourseContent loadAndValidate(Path contentDir, Run run) {
        CourseContent content = run.clock.time("load", () -> {
            run.diagnostics = new PolicySink(config.read(contentDir, run.collector), run.collector);
            return loader.load(contentDir, run.diagnostics);
        });
        run.clock.time("validate", () -> validator.validate(content, run.diagnostics));
        return content;
    }

    /** One build's clock and diagnostics; {@code diagnostics} applies the configured rule policy. */
    private static final class Run {
        final StageClock clock = new StageClock();
        final DiagnosticCollector collector = new DiagnosticCollector();
        DiagnosticSink diagnostics = collector;
    }
}
