package dev.lectern.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.math.MathRenderer;
import dev.lectern.site.Lectern;
import dev.lectern.testing.Browser;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The shared course corpus ({@code ../shared/corpus}, skipped when absent) built as a site and read in Chromium. */
@ExtendWith({SharedKatex.class, Browser.class})
class CorpusSiteInBrowserTest {
    private static final Path SITE = Repo.root().resolve("generator/target/browser-site/corpus");

    @BeforeAll
    static void buildTheCorpusSite(MathRenderer math) {
        Path corpus = Repo.corpus();
        try (Lectern lectern = Lectern.open(SITE.resolveSibling("corpus-cache"), math)) {
            lectern.build(corpus, SITE); // the corpus has content errors of its own; its pages are still written
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lessons/index.html", "lessons/modules/7-3.html", "lessons/sdxl/index.html",
            "lessons/reports/validation.html"})
    void pageHasNoWcag21AaViolationsAtAPhonesWidthInDark(String page, Browser.Session browser) {
        browser.open(SITE.resolve(page));
        browser.width(390);
        browser.colorScheme("dark");
        assertEquals(List.of(), browser.axeViolations());
    }

    /**
     * "v-prediction" is two terms, "v" and "prediction": the one-letter term is the word "v" (the index cuts
     * "v-prediction" there), not the start of "via" and "vs", which it marked in ten results before.
     */
    @Test
    void aOneLetterTermMatchesOnlyItselfWhileALongerOneMatchesTheWordsItStarts(Browser.Session browser) {
        browser.width(1280);
        browser.open(SITE.resolve("lessons/search.html"), "?q=v-prediction");
        List<?> marked = Browser.settled(() -> (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...new Set([...document.querySelectorAll('#search-results mark')]"
                        + ".map(m => m.textContent.toLowerCase()))].sort();"));
        assertEquals(true, marked.contains("v") && marked.contains("prediction"), marked.toString());
        assertEquals(List.of(), marked.stream().filter(m -> !m.equals("v") && !m.toString().startsWith("prediction"))
                .toList());
    }

    /** Per table box by its table's column count: whether the table scrolls in it, and the box's background (its shadows). */
    private static final String TABLE_BOXES = """
            return [...document.querySelectorAll('.table-scroll')].map(box => box.querySelector('table').dataset.columns + ' '
                + (box.scrollWidth > box.clientWidth ? 'scrolls' : 'fits') + ' '
                + (getComputedStyle(box).backgroundImage.includes('radial-gradient') ? 'shadowed' : 'plain'));""";

    /**
     * At a phone's width a table scrolls in its box only when it needs to, and the box's shadow shows that it
     * does: three columns of short words fit (score-functions-and-sdes's table scrolled 64 px before), also in the
     * WarningBlock that holds it, where a box has no shadow (no cover matches a callout's gradient); seven scroll.
     */
    @ParameterizedTest
    @ValueSource(strings = {"score-functions-and-sdes", "the-speed-landscape"})
    void onAPhoneAThreeColumnTableFitsAndAWiderOneScrollsInAShadowedBox(String lesson, Browser.Session browser) {
        browser.open(SITE.resolve("lessons/" + lesson + "/index.html"));
        browser.width(390);
        browser.colorScheme("light"); // the session's last test may have left it dark
        List<?> boxes = Browser.settled(() -> (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(TABLE_BOXES));
        assertEquals(lesson.equals("the-speed-landscape") ? List.of("7 scrolls shadowed") : List.of("3 fits plain"),
                boxes, lesson);
    }

    /**
     * The corpus's validation page at a laptop's width: what blocks publishing is on its first screen, and
     * with the details collapsed (as it opens) it is a fraction of its height with them all open.
     */
    @Test
    void theValidationPageOpensOnWhatBlocksPublishingAndStaysShortCollapsed(Browser.Session browser) {
        browser.open(SITE.resolve("lessons/reports/validation.html"));
        browser.width(1280);
        long collapsed = ((Number) browser.driver().executeScript(
                "return document.documentElement.scrollHeight;")).longValue();
        long publishingTop = ((Number) browser.driver().executeScript(
                "return document.getElementById('publishing').getBoundingClientRect().top;")).longValue();
        long open = ((Number) browser.driver().executeScript("""
                document.querySelectorAll('details').forEach(d => d.open = true);
                return document.documentElement.scrollHeight;""")).longValue();
        System.out.println("corpus validation page at 1280 px: " + collapsed + " px collapsed, " + open
                + " px with every details open; 'Can we publish?' at " + publishingTop + " px");

        assertEquals(true, publishingTop < 900, "'Can we publish?' starts at " + publishingTop + " px");
        assertEquals(true, collapsed * 4 <= open, collapsed + " px collapsed, " + open + " px open");
    }

    /**
     * The validation page's tables of text (lessons that cannot be published, checklist claims, diagnostics,
     * rules) with every details open: a line per cell out of its box's view (to be scrolled to) and per cell
     * of a column of prose narrower than 300 px, at most 8 of them and their count; then the narrowest prose cell.
     */
    private static final String REPORT_CELLS = """
            document.querySelectorAll('details').forEach(d => d.open = true);
            const prose = ['Item', 'Why', 'Evidence', 'What must change', 'Message', 'What it reports'];
            const lines = [];
            let narrowest = Infinity;
            for (const table of document.querySelectorAll('.blocked-table, .claims-table, table.diagnostics, .rules-table')) {
                const box = table.closest('.table-scroll').getBoundingClientRect();
                const columns = [...table.tHead.rows[0].cells].map(th => th.textContent.trim());
                for (const cell of table.querySelectorAll('tbody td, tbody th')) {
                    const r = cell.getBoundingClientRect(), column = columns[cell.cellIndex];
                    const name = table.classList[0] + ' ' + column + ' "' + cell.textContent.trim().slice(0, 30) + '"';
                    if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
                        lines.push(name + ' out of view: ' + Math.round(r.left - box.left) + ' to '
                            + Math.round(r.right - box.left) + ' px of ' + Math.round(box.width));
                    }
                    if (prose.includes(column)) {
                        narrowest = Math.min(narrowest, r.width);
                        if (r.width < 300) lines.push(name + ' ' + Math.round(r.width) + ' px wide');
                    }
                }
            }
            return lines.slice(0, 8).concat(lines.length + ' cells', 'the narrowest prose cell ' + Math.round(narrowest) + ' px');""";

    /**
     * On a phone the validation page's tables of text read without scrolling sideways, each prose cell at
     * least 300 px wide (before, the cells were squeezed to 86 px, or a message began 384 px to the right in
     * a 359 px box), and a screen reader still meets them as tables: their rows are blocks there, which
     * some browsers take for the end of a table; Chromium keeps its roles.
     */
    @Test
    void onAPhoneTheValidationPagesTablesOfTextReadInTheirBoxesAndStayTables(Browser.Session browser) {
        browser.open(SITE.resolve("lessons/reports/validation.html"));
        browser.width(390);
        JavascriptExecutor js = browser.driver();
        List<?> lines = Browser.settled(() -> (List<?>) js.executeScript(REPORT_CELLS));
        System.out.println("corpus validation page at 390 px: " + lines.get(lines.size() - 1));
        assertEquals(List.of("0 cells"), lines.subList(0, lines.size() - 1));

        List<String> roles = Stream.of("table.diagnostics", "table.diagnostics thead th", "table.diagnostics tbody td",
                ".claims-table tbody th").map(s -> browser.driver().findElement(By.cssSelector(s)).getAriaRole()).toList();
        assertEquals(List.of("table", "columnheader", "cell", "rowheader"), roles);
    }

    /**
     * For each link of the module's lessons whose title wraps: how far its list number stands from its first line,
     * in px. The number sits on the item's first line box, as an empty inline box put before the link does.
     */
    private static final String NUMBER_OFFSETS = """
            return [...document.querySelectorAll('.module-lessons li > a')].flatMap(a => {
              const range = document.createRange();
              range.selectNodeContents(a);
              const lines = [...range.getClientRects()].map(r => Math.round(r.top)).filter((t, i, all) => all.indexOf(t) === i);
              if (lines.length < 2) return [];
              const probe = document.createElement('span');
              probe.textContent = '\u200b';
              a.before(probe);
              const offset = Math.round(probe.getBoundingClientRect().top - range.getClientRects()[0].top);
              probe.remove();
              return [a.textContent + ': ' + offset];
            });""";

    /** A lesson's title that wraps in the module's list keeps its number by its first line, not its last (sdxl: "(DiT)"). */
    @Test
    void aModulesLessonWhoseTitleWrapsHasItsNumberByItsFirstLine(Browser.Session browser) {
        browser.open(SITE.resolve("lessons/sdxl/index.html"));
        browser.width(1280);
        List<?> offsets = Browser.settled(() -> (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(NUMBER_OFFSETS));
        assertEquals(List.of("Diffusion Transformers (DiT): 0"), offsets);
    }

    /**
     * From the first lesson, next visits every written lesson students are shown once and ends; previous
     * walks the same way back. The corpus's two drafts are in no chain.
     */
    @Test
    void nextVisitsEveryPublishableLessonOnceAndPreviousRetracesIt() throws IOException {
        Set<String> written = new HashSet<>();
        Set<String> drafts = new HashSet<>();
        try (Stream<Path> pages = Files.list(SITE.resolve("lessons"))) {
            pages.filter(p -> Files.isRegularFile(p.resolve("index.html")) && Files.isRegularFile(p.resolve("spec.html")))
                    .forEach(p -> (isDraft(p.getFileName().toString()) ? drafts : written)
                            .add(p.getFileName().toString()));
        }
        assertEquals(Set.of("the-speed-landscape", "what-is-learning"), drafts);
        for (String draft : drafts) {
            assertEquals(Arrays.asList(null, null), Arrays.asList(link(draft, "prev"), link(draft, "next")), draft);
        }
        String first = written.stream().filter(d -> link(d, "prev") == null).findFirst().orElseThrow();
        List<String> forward = walk(first, "next", written.size());
        assertEquals(written, new HashSet<>(forward));
        assertEquals(written.size(), forward.size());
        List<String> backward = walk(forward.get(forward.size() - 1), "prev", written.size());
        java.util.Collections.reverse(backward);
        assertEquals(forward, backward);
    }

    private static List<String> walk(String from, String rel, int limit) {
        List<String> visited = new ArrayList<>();
        for (String at = from; at != null && visited.size() <= limit; at = link(at, rel)) {
            visited.add(at);
        }
        return visited;
    }

    private static boolean isDraft(String dir) {
        try {
            return Jsoup.parse(SITE.resolve("lessons/" + dir + "/index.html").toFile(), "UTF-8")
                    .selectFirst(".draft-banner") != null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String link(String dir, String rel) {
        try {
            Document page = Jsoup.parse(SITE.resolve("lessons/" + dir + "/index.html").toFile(), "UTF-8");
            Element a = page.selectFirst("a[rel=" + rel + "]");
            return a == null ? null : a.attr("href").replace("../", "").replace("/index.html", "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
