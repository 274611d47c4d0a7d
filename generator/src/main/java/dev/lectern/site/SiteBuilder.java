package dev.lectern.site;

import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Publication;
import dev.lectern.parse.ContentLoader;
import dev.lectern.parse.ContentScanner;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderedFile;
import dev.lectern.render.ValidationPageRenderer;
import dev.lectern.validate.Config;
import dev.lectern.validate.ConfigReader;
import dev.lectern.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The build, stage by stage: load (configuration, scan and parse), validate, render (formulas
 * through the cache, page models through the templates), check links, report (the validation
 * page, {@code lessons/reports/validation.html}), write atomically. Each stage is timed; every
 * diagnostic goes through the rule policy of {@code lectern.yaml}. The output folder is checked
 * before anything is written or deleted there ({@link OutputFolder}).
 */
public final class SiteBuilder {
    private final ConfigReader config;
    private final ContentLoader loader;
    private final Validator validator;
    private final PageRenderer renderer;
    private final LinkChecker links = new LinkChecker();
    private final ValidationPageRenderer report;
    private final BuildStates states;
    private final boolean preview;
    private final SiteSwitch.Steps steps;
    private final FileFacts facts = new FileFacts();
    private final String lectern;

    /**
     * @param report  the validation page's renderer (sharing its report with {@code renderer}'s course index)
     * @param states  where each build leaves what the next one needs to skip unchanged work
     * @param preview {@code serve}'s builds: the first reads and renders everything even when the output
     *                is up to date (what it keeps in memory makes the next edit cheap), later ones update
     *                the output in place, file by file, to keep a save's page fast; otherwise a build of
     *                unchanged inputs does nothing and every other one replaces the site all or nothing
     * @param steps   the switch's steps, for tests that stand for a build killed during one
     */
    SiteBuilder(ConfigReader config, ContentLoader loader, Validator validator, PageRenderer renderer,
                ValidationPageRenderer report, BuildStates states, boolean preview, SiteSwitch.Steps steps) {
        this.config = config;
        this.loader = loader;
        this.validator = validator;
        this.renderer = renderer;
        this.report = report;
        this.states = states;
        this.preview = preview;
        this.steps = steps;
        this.lectern = BuildId.ofThisLectern().text();
    }

    public CheckResult check(Path contentDir) {
        Run run = new Run();
        CourseContent content = loadAndValidate(() -> loader.scan(contentDir, List.of()), contentDir, run);
        return new CheckResult(content, run.collector.sorted(), run.clock.timings(), run.config.listedFrom());
    }

    /**
     * The validation page comes last, so that it lists every diagnostic, the link check's too. The
     * link check still covers it: its links depend on the content alone, so the check runs over a
     * copy rendered with the diagnostics found so far, which links exactly as the final page does.
     *
     * @throws UnsafeOutputException when {@code outputDir} could not be built into without destroying
     *                               what is not Lectern's; nothing is written then
     */
    public BuildResult build(Path contentDir, Path outputDir) {
        Run run = new Run();
        Path contentRoot = OutputFolder.resolved(contentDir);
        OutputFolder folder = OutputFolder.check(outputDir, contentRoot, states.cacheDir());
        SiteSwitch switcher = new SiteSwitch(folder, steps);
        try (OutputLock lock = OutputLock.acquire(folder.workspace())) {
            switcher.recover();
            ContentScanner.Scan scan = run.clock.time("check inputs",
                    () -> loader.scan(contentDir, folder.leftOutOfContent()));
            Map<String, ContentScanner.Stamp> inputs = new TreeMap<>(scan.stamps()); // in order, on file
            String contentPath = scan.root().toString();
            // the last build's state is worth reading only while its site is there (not after `mvn clean`
            // or an output deleted by hand): reading it in a fresh JVM is a tenth of a second
            Optional<BuildState> previous = Optional.of(folder.site()).filter(Files::isDirectory)
                    .flatMap(site -> states.load(folder.root()))
                    .filter(state -> state.contentDir().equals(contentPath))
                    .filter(state -> state.lectern().equals(lectern))
                    .filter(state -> IncrementalOutput.intact(folder.root(), state.outputs()));
            if (!preview && previous.isPresent() && previous.get().inputs().equals(inputs)) {
                // Nothing changed since the last build, which wrote exactly this: its diagnostics stand.
                return new BuildResult(previous.get().diagnostics(), run.clock.timings(), 0, Optional.empty(),
                        previous.get().build());
            }
            states.forget(folder.root());
            Map<String, BuildState.Output> last = previous.map(BuildState::outputs).orElse(Map.of());
            SiteWriter writer = preview && previous.isPresent()
                    ? new IncrementalOutput(folder, last, facts)
                    : new AtomicOutput(folder, switcher, last, facts);
            try {
                CourseContent content = loadAndValidate(() -> scan, contentDir, run);
                List<PageLinks> pages = Collections.synchronizedList(new ArrayList<>());
                Publication publication = run.config.publication();
                run.clock.time("render", () -> renderer.render(content, publication, run.collector, run.diagnostics,
                        file -> {
                            pages.add(facts.links(file));
                            writer.write(file);
                        }));
                // The report's links depend on the content only: a copy made before the link check links
                // exactly as the final one, which also lists what the link check found. When the link check
                // found nothing, that copy is the final page (rendering it again is a tenth of a rebuild in serve).
                // A students-only site has no validation page.
                List<Diagnostic> beforeLinks = run.collector.sorted();
                Optional<RenderedFile> draft = publication.authorPages()
                        ? Optional.of(report.render(content, beforeLinks, run.config.listedFrom())) : Optional.empty();
                draft.ifPresent(page -> pages.add(facts.links(page)));
                run.clock.time("check links", () -> links.check(pages, content, run.diagnostics));
                draft.ifPresent(first -> run.clock.time("report", () -> {
                    List<Diagnostic> all = run.collector.sorted();
                    writer.write(all.equals(beforeLinks) ? first : report.render(content, all, run.config.listedFrom()));
                }));
                SiteWriter.Result written = run.clock.time("write", writer::finish);
                List<Diagnostic> diagnostics = run.collector.sorted();
                String build = UUID.randomUUID().toString();
                states.save(folder.root(),
                        new BuildState(lectern, build, contentPath, inputs, written.outputs(), diagnostics));
                List<StageTiming> timings = run.clock.timings();
                return new BuildResult(diagnostics, timings, written.written(),
                        Optional.of(new CheckResult(content, diagnostics, timings, run.config.listedFrom())),
                        build);
            } catch (RuntimeException | Error e) {
                writer.abort();
                throw e;
            }
        }
    }

    private CourseContent loadAndValidate(Supplier<ContentScanner.Scan> scan, Path contentDir, Run run) {
        CourseContent content = run.clock.time("load", () -> {
            Config read = config.read(contentDir, run.collector);
            run.config = read;
            run.diagnostics = read.rules().onto(run.collector);
            return loader.load(scan.get(), read.limits(), run.diagnostics);
        });
        run.clock.time("validate", () -> validator.validate(content, run.diagnostics, run.collector));
        return content;
    }

    /** One build's clock, configuration and diagnostics; {@code diagnostics} applies the configured rule policy. */
    private static final class Run {
        final StageClock clock = new StageClock();
        final DiagnosticCollector collector = new DiagnosticCollector();
        DiagnosticSink diagnostics = collector;
        Config config = Config.defaults();
    }
}
