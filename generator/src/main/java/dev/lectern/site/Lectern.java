package dev.lectern.site;

import dev.lectern.math.CachingMathRenderer;
import dev.lectern.math.DaemonThreads;
import dev.lectern.math.MathRenderer;
import dev.lectern.parse.ContentLoader;
import dev.lectern.parse.GuardedParsing;
import dev.lectern.parse.ParseCache;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderCache;
import dev.lectern.render.SiteRenderer;
import dev.lectern.render.ValidationPageRenderer;
import dev.lectern.validate.ChecklistClaims;
import dev.lectern.validate.ConfigReader;
import dev.lectern.validate.Validator;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The composition root: builds every collaborator once and hands out the two operations users run.
 * Close it to release the parse workers and the KaTeX engine. The CLI and the Maven plugin both
 * start here.
 */
public final class Lectern implements Engine {
    private final GuardedParsing parsing;
    private final MathRenderer math;
    private final ExecutorService rendering;
    private final SiteBuilder builder;

    /**
     * For tests. {@code cacheDir} keeps build states, so rebuilds are incremental (empty: every build is
     * a full one); {@code steps} stops a build at a step of the site switch, as a killed one would.
     */
    Lectern(GuardedParsing parsing, MathRenderer math, PageRenderer renderer, Optional<Path> cacheDir,
            SiteSwitch.Steps steps) {
        this(parsing, math, renderer, new ChecklistClaims(), null, cacheDir, ParseCache.none(), false, steps);
    }

    /**
     * @param claims  the checklist verifications, shared by validation, the pages and the report
     * @param preview whether this is {@code serve}'s Lectern (see {@link SiteBuilder})
     */
    private Lectern(GuardedParsing parsing, MathRenderer math, PageRenderer renderer, ChecklistClaims claims,
                    ExecutorService rendering, Optional<Path> cacheDir, ParseCache parsed, boolean preview,
                    SiteSwitch.Steps steps) {
        this.parsing = parsing;
        this.math = math;
        this.rendering = rendering;
        this.builder = new SiteBuilder(new ConfigReader(), ContentLoader.standard(parsing, parsed),
                Validator.standard(claims), renderer, new ValidationPageRenderer(claims), new BuildStates(cacheDir),
                preview, steps);
    }

    /** @param cacheDir where typeset formulas and the state of each output folder are kept between builds */
    public static Lectern open(Path cacheDir) {
        return open(cacheDir, CachingMathRenderer.standard(cacheDir));
    }

    /** With a formula renderer of the caller's (tools and tests share one KaTeX engine this way). */
    public static Lectern open(Path cacheDir, MathRenderer math) {
        return open(cacheDir, math, false);
    }

    /**
     * For a process that builds the same content again and again ({@code lectern serve}): it keeps
     * every parsed file and rendered lesson in memory, so a rebuild parses and renders only what
     * changed. A one-off build keeps nothing, to stay small.
     */
    public static Lectern openLongLived(Path cacheDir, MathRenderer math) {
        return open(cacheDir, math, true);
    }

    private static Lectern open(Path cacheDir, MathRenderer math, boolean longLived) {
        ExecutorService rendering = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                new DaemonThreads("lectern-render", 0));
        ChecklistClaims claims = new ChecklistClaims();
        SiteRenderer renderer = new SiteRenderer(math, rendering,
                longLived ? RenderCache.inMemory() : RenderCache.none(), claims);
        return new Lectern(GuardedParsing.standard(), math, renderer, claims, rendering,
                Optional.of(cacheDir),
                longLived ? ParseCache.inMemory() : ParseCache.none(), longLived, SiteSwitch.Steps.NONE);
    }

    /** Reads and validates the content folder; writes nothing. */
    @Override
    public CheckResult check(Path contentDir) {
        return builder.check(contentDir);
    }

    /**
     * Reads, validates and renders the content folder into {@code outputDir} (its {@code lessons/}
     * folder), atomically: a failed or killed build leaves the previous output in place.
     *
     * @throws UnsafeOutputException when the output folder would overwrite the content, the cache or
     *                               a folder Lectern did not make; nothing is written then
     */
    @Override
    public BuildResult build(Path contentDir, Path outputDir) {
        return builder.build(contentDir, outputDir);
    }

    @Override
    public void close() {
        if (rendering != null) {
            rendering.shutdownNow();
        }
        parsing.close();
        math.close();
    }
}
