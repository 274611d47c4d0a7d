package dev.lectern.site;

import dev.lectern.testing.SiteRenderers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.math.MathRenderer;
import dev.lectern.model.Diagnostic;
import dev.lectern.parse.GuardedParsing;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.RandomText;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever is done to one lesson's text, the build ends normally, reports only on that lesson and
 * inside it, and leaves the other lessons' pages as a clean build writes them (but for the link to
 * the previous lesson, which names the edited one). The seed is cut,
 * duplicated, swapped and corrupted line by line, and given deep nesting and runs of delimiters,
 * from a fixed random seed, beside a fixed second lesson.
 */
@ExtendWith(SharedKatex.class)
class SeedFuzzTest {
    private static final int CASES = 40;
    private static final String OTHER = "extra/lessons/fixed-lesson.md";
    private static final String OTHER_PAGES = "lessons/fixed-lesson/";
    private static final String OTHER_TEXT = """
            # Lesson: A Fixed Lesson

            **Slug:** `fixed-lesson`

            ## Phase 3: Design

            ### Lesson Outline

            1. **Hook** -- a paragraph with *emphasis*, `code` and a [link](https://example.com).

            $$
            e^{i\\pi} + 1 = 0
            $$

            :::callout
            A callout with a list:

            - one
            - two
            :::

            | Term | Meaning |
            |------|---------|
            | a    | **b**   |
            """;
    private static final String MARKDOWN_SYMBOLS = "*_`[]()<>!#|-:$\\ a1.\t{}=~&\"'\u0000\u001b\uFFFD\r";

    @Test
    void aMutatedLessonIsReportedOnlyInsideItselfAndLeavesTheOtherLessonsPagesAsTheyWere(MathRenderer math,
            @TempDir Path dir) throws IOException {
        Path clean = dir.resolve("clean");
        EditedContent.copy(Repo.content(), clean);
        EditedContent.write(clean, OTHER, OTHER_TEXT);
        List<String> seed = EditedContent.seedText().lines().toList();
        RandomText random = new RandomText(20261204, MARKDOWN_SYMBOLS, 40);
        try (Lectern lectern = new Lectern(new GuardedParsing(2), math, SiteRenderers.oneOff(math)::render,
                Optional.empty(), SiteSwitch.Steps.NONE)) {
            BuildResult cleanBuild = lectern.build(clean, dir.resolve("clean-site"));
            Set<Diagnostic> cleanDiagnostics = new HashSet<>(cleanBuild.diagnostics());
            Map<String, byte[]> otherPages = pages(dir.resolve("clean-site"));
            Set<String> rulesFired = new HashSet<>();
            for (int n = 0; n < CASES; n++) {
                List<String> lines = mutated(seed, random);
                String text = String.join("\n", lines) + "\n";
                EditedContent.write(clean, EditedContent.SEED, text);
                int lineCount = text.split("\r\n|\r|\n", -1).length; // as the decoder breaks lines
                Path site = dir.resolve("site-" + n);
                BuildResult build = lectern.build(clean, site);
                String context = "case " + n + ":\n" + text;
                for (Diagnostic d : build.diagnostics()) {
                    if (!cleanDiagnostics.contains(d)) {
                        rulesFired.add(d.rule());
                        assertEquals(EditedContent.SEED, d.file(), d.format() + "\n" + context);
                        assertTrue(d.line() >= 1 && d.line() <= lineCount, d.format() + "\n" + context);
                    }
                }
                Map<String, byte[]> pages = pages(site);
                assertEquals(otherPages.keySet(), pages.keySet(), context);
                for (String page : otherPages.keySet()) {
                    assertTrue(java.util.Arrays.equals(otherPages.get(page), pages.get(page)), page + "\n" + context);
                }
            }
            // the edits reach the limits, not only ordinary mistakes
            assertTrue(rulesFired.containsAll(List.of("nesting-too-deep", "inline-limit", "malformed-table")),
                    rulesFired.toString());
        } finally {
            EditedContent.write(clean, EditedContent.SEED, EditedContent.seedText());
        }
    }

    /** The second lesson's pages, by path. */
    private static Map<String, byte[]> pages(Path site) throws IOException {
        Map<String, byte[]> pages = new TreeMap<>();
        Path root = site.resolve(OTHER_PAGES);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                pages.put(root.relativize(file).toString(), withoutPager(Files.readAllBytes(file)));
            }
        }
        return pages;
    }

    /** The page without its previous/next links: they show the neighbours' titles, the edited lesson's among them. */
    private static byte[] withoutPager(byte[] page) {
        String text = new String(page, StandardCharsets.UTF_8);
        return text.replaceAll("(?s)<nav class=\"pager\".*?</nav>", "").getBytes(StandardCharsets.UTF_8);
    }

    /** The seed's lines after one to five random edits. */
    private static List<String> mutated(List<String> seed, RandomText random) {
        List<String> lines = new ArrayList<>(seed);
        for (int edits = 1 + random.nextInt(5); edits > 0; edits--) {
            int at = random.nextInt(lines.size() + 1);
            int span = Math.min(1 + random.nextInt(20), lines.size() - Math.min(at, lines.size()));
            switch (random.nextInt(7)) {
                case 0 -> lines.subList(at, at + span).clear(); // cut
                case 1 -> lines.addAll(random.nextInt(lines.size() + 1), List.copyOf(lines.subList(at, at + span)));
                case 2 -> { // swap
                    if (!lines.isEmpty()) {
                        int a = random.nextInt(lines.size());
                        int b = random.nextInt(lines.size());
                        lines.set(a, lines.set(b, lines.get(a)));
                    }
                }
                case 3 -> { // corrupt: random symbols into a line
                    if (!lines.isEmpty()) {
                        int line = random.nextInt(lines.size());
                        String text = lines.get(line);
                        int cut = random.nextInt(text.length() + 1);
                        lines.set(line, text.substring(0, cut) + random.next() + text.substring(cut));
                    }
                }
                case 4 -> lines.addAll(at, nesting(random)); // deep nesting
                case 5 -> lines.add(at, delimiters(random)); // a run of delimiters
                default -> lines.add(at, random.next()); // a line of symbols
            }
        }
        return lines;
    }

    private static List<String> nesting(RandomText random) {
        int depth = 1 + random.nextInt(300);
        List<String> lines = new ArrayList<>();
        switch (random.nextInt(4)) {
            case 0 -> lines.add("> ".repeat(depth) + "quoted");
            case 1 -> lines.add("- ".repeat(depth) + "listed");
            case 2 -> {
                for (int level = 0; level < depth; level++) {
                    lines.add("  ".repeat(level) + (random.nextBoolean() ? "- " : "1. ") + "level " + level);
                }
            }
            default -> {
                for (int level = 0; level < depth; level++) {
                    lines.add(":::card");
                }
            }
        }
        return lines;
    }

    private static String delimiters(RandomText random) {
        String[] runs = {"*a ", "_a ", "[a](", "[a](b (", "e`", "a**b c* ", "~~a ", "<a ", "&#", "![", "$$", "| "};
        return runs[random.nextInt(runs.length)].repeat(500 + random.nextInt(3000));
    }
}
