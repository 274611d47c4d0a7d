package dev.lectern.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.math.MathRenderer;
import dev.lectern.site.Lectern;
import dev.lectern.testing.Browser;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * How a lesson page is laid out in Chromium, on a phone and a laptop: the seed with a formula wider
 * than a phone added to its outline, and beside it a lesson that belongs to no module.
 */
@ExtendWith({SharedKatex.class, Browser.class})
class LessonLayoutInBrowserTest {
    private static final Path SITE = Repo.root().resolve("generator/target/browser-site/layout");
    private static final String SEED = "lessons/latent-consistency-and-turbo/index.html";
    private static final String OUTSIDE = "lessons/outside-any-module/index.html";
    private static final String WIDE_FORMULA = """
            #### 14. The whole loss

            $$
            L(\\theta) = \\mathbb{E}_{x_0, \\epsilon, t} \\left[ \\left\\| \\epsilon - \\epsilon_\\theta\\left(\\sqrt{\\bar\\alpha_t} x_0 + \\sqrt{1 - \\bar\\alpha_t} \\epsilon, t\\right) \\right\\|_2^2 \\right] + \\lambda \\sum_{i=1}^{N} \\left\\| f_\\theta(x_{t_{i+1}}, t_{i+1}) - f_{\\theta^-}(\\hat{x}_{t_i}, t_i) \\right\\|
            $$

            In a sentence, $$L(\\theta) = \\mathbb{E}_{x_0, \\epsilon, t} \\left[ \\left\\| \\epsilon - \\epsilon_\\theta\\left(\\sqrt{\\bar\\alpha_t} x_0 + \\sqrt{1 - \\bar\\alpha_t} \\epsilon, t\\right) \\right\\|_2^2 \\right]$$ is **the** loss.

            """;
    /** Formulas in brackets and before punctuation, as the corpus writes them (flow-matching's summary), and a long one. */
    private static final String INLINE_FORMULAS = """
            #### 15. Beside the words

            Flow matching trains a network to predict velocity (v = epsilon - x_0) instead of noise: just a weighted average (x_t = (1-t)*x_0 + t*epsilon) and a subtraction (v = epsilon - x_0). No sqrt($\\bar{\\alpha}_t$), no schedule [$\\sigma_t$], only $\\hat{x}_{t_n}$, $x_T$; and $x_0$. The whole loss in a sentence ($L(\\theta) = \\mathbb{E}_{x_0, \\epsilon, t} \\| \\epsilon - \\epsilon_\\theta(\\sqrt{\\bar\\alpha_t} x_0 + \\sqrt{1 - \\bar\\alpha_t} \\epsilon, t) \\|_2^2 + \\lambda \\sum_{i=1}^{N} \\| f_\\theta(x_{t_{i+1}}, t_{i+1}) - f_{\\theta^-}(\\hat{x}_{t_i}, t_i) \\|$) wraps on a phone.

            """;

    @BeforeAll
    static void buildTheSeedWithAWideFormulaAndALessonOutsideAnyModule(MathRenderer math, @TempDir Path content) {
        String seed = EditedContent.seedText();
        EditedContent.copy(Repo.content(), content);
        String review = "## Review -- 2026-02-20 (Iteration 1/3)";
        EditedContent.write(content, EditedContent.SEED, EditedContent.replaceOnce(seed, review, WIDE_FORMULA + INLINE_FORMULAS + review));
        String outside = EditedContent.replaceOnce(seed, "# Lesson: Latent Consistency & Turbo", "# Lesson: Outside Any Module");
        outside = EditedContent.replaceOnce(outside, "`latent-consistency-and-turbo`", "`outside-any-module`");
        outside = EditedContent.replaceOnce(outside, "**Series:** 7 (Post-SD Advances), **Module:** 7.3 (Fast Generation), ", "");
        EditedContent.write(content, "lessons/outside-any-module.md", outside);
        try (Lectern lectern = Lectern.open(SITE.resolveSibling("layout-cache"), math)) {
            lectern.build(content, SITE);
        }
    }

    @Test
    void aFormulaWiderThanAPhoneScrollsInItsOwnBoxWhichTheKeyboardReaches(Browser.Session browser) {
        browser.width(390);
        browser.open(SITE.resolve(SEED));
        JavascriptExecutor js = browser.driver();
        List<WebElement> formulas = browser.driver().findElements(By.cssSelector(".math-display"));
        // the wide ones close the outline: a formula block, then $$...$$ in a paragraph with markup beside it
        WebElement block = formulas.get(formulas.size() - 2);
        WebElement inParagraph = formulas.get(formulas.size() - 1);
        assertEquals("p", inParagraph.findElement(By.xpath("..")).getTagName());
        assertEquals(true, js.executeScript("""
                return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"""),
                "the page itself scrolls sideways");
        assertEquals(List.of(), browser.axeViolations());

        for (WebElement formula : List.of(block, inParagraph)) {
            js.executeScript("arguments[0].focus()", formula);
            assertEquals(formula, browser.driver().switchTo().activeElement());
            for (int i = 0; i < 5; i++) {
                formula.sendKeys(Keys.ARROW_RIGHT);
            }
            long scrolled = (Long) js.executeScript("return Math.round(arguments[0].scrollLeft)", formula);
            assertTrue(scrolled > 0, "the formula did not scroll with the arrow keys: " + formula.getAttribute("outerHTML").substring(0, 60));
        }
    }

    /**
     * The paragraph {@code arguments[0]} laid out at each width from 200 to 800 px: one line per bracket before an
     * inline formula that stood on another line than the formula's start, and per bracket or punctuation after one on
     * another line than its end, with the widths where it did ({@code ( before v = \epsilon - x_0: 30 widths, 241 px
     * first}).
     */
    private static final String BREAKS_BESIDE_FORMULAS = """
            const p = arguments[0], half = parseFloat(getComputedStyle(p).lineHeight) / 2, breaks = new Map();
            const broke = (line, width) => breaks.set(line, (breaks.get(line) || []).concat(width));
            const glyph = (text, i) => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1);
                return r.getBoundingClientRect(); };
            const apart = (a, b) => Math.abs(a.bottom - b.bottom) > half;
            for (let width = 200; width <= 800; width++) {
                p.style.width = width + 'px';
                for (const k of p.querySelectorAll('.katex')) {
                    const bases = k.querySelectorAll('.katex-base');
                    const tex = k.querySelector('annotation').textContent.slice(0, 30);
                    const before = k.previousSibling, after = k.nextSibling;
                    if (before && before.nodeType === 3) {
                        const i = before.data.length - 1;
                        if ('([{'.includes(before.data[i]) && apart(glyph(before, i), bases[0].getBoundingClientRect())) {
                            broke(before.data[i] + ' before ' + tex, width);
                        }
                    }
                    if (after && after.nodeType === 3) {
                        if (')]},.;:!?'.includes(after.data[0])
                                && apart(glyph(after, 0), bases[bases.length - 1].getBoundingClientRect())) {
                            broke(after.data[0] + ' after ' + tex, width);
                        }
                    }
                }
            }
            p.style.width = '';
            return [...breaks].map(([line, widths]) => line + ': ' + widths.length + ' widths, ' + widths[0] + ' px first');""";

    /**
     * Chromium broke lines beside an inline formula, a word joiner there or not: flow-matching's summary at 390 px
     * ended a line with "velocity (" and began the next with the formula; at 364 px "\bar\alpha" ended one and its
     * comma began the next.
     */
    @Test
    void aBracketOrPunctuationBesideAnInlineFormulaStaysOnTheFormulasLineAtEveryWidthFrom200To800Px(
            Browser.Session browser) {
        browser.width(1280);
        browser.open(SITE.resolve(SEED));
        WebElement paragraph = paragraph(browser, "weighted average");
        assertEquals(List.of(), browser.driver().executeScript(BREAKS_BESIDE_FORMULAS, paragraph));
    }

    /** Its brackets are kept beside the formula, not its parts together: after = and +, it still breaks. */
    @Test
    void aLongInlineFormulaInParenthesesStillWrapsOnAPhoneAndThePageDoesNotScrollSideways(Browser.Session browser) {
        browser.width(320);
        browser.open(SITE.resolve(SEED));
        WebElement paragraph = paragraph(browser, "whole loss in a sentence");
        List<?> lines = Browser.settled(() -> (List<?>) browser.driver().executeScript("""
                const k = [...arguments[0].querySelectorAll('.katex')].pop();
                const tops = [...k.querySelectorAll('.katex-base')]
                    .map(b => Math.round(b.getBoundingClientRect().top));
                return [new Set(tops).size > 1, document.documentElement.scrollWidth <= document.documentElement.clientWidth];
                """, paragraph));
        assertEquals(List.of(true, true), lines, "[the formula spans lines, the page is no wider than the window]");
    }

    private static WebElement paragraph(Browser.Session browser, String words) {
        return browser.driver().findElements(By.cssSelector("article.lesson p")).stream()
                .filter(p -> p.getText().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void aLessonOutsideAnyModuleReadsInTheColumnUnderItsTitleOnALaptop(Browser.Session browser) {
        browser.width(1280);
        browser.open(SITE.resolve(OUTSIDE));
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector(".module-lessons")));
        Map<?, ?> header = rect(browser, ".site-header");
        Map<?, ?> lesson = rect(browser, "main");
        assertEquals(header, lesson, "the lesson's column against its header's");
    }

    /**
     * The stylesheet as a browser without {@code ::details-content} (Firefox before 143, Safari before
     * 18.4) keeps it: without the rules that name it, and the {@code @supports} blocks that ask for it.
     */
    private static final String WITHOUT_DETAILS_CONTENT = """
            const drop = group => { for (let i = group.cssRules.length - 1; i >= 0; i--) {
                const rule = group.cssRules[i];
                if ((rule.selectorText || rule.conditionText || '').includes('details-content')) group.deleteRule(i);
                else if (rule.cssRules) drop(rule);
            } };
            [...document.styleSheets].forEach(drop);""";

    @Test
    void onALaptopTheModulesLessonsStandOpenWithNoTabStopOnTheirTitleAndOnAPhoneTheTitleIsTheirToggle(
            Browser.Session browser) {
        JavascriptExecutor js = browser.driver();
        String state = """
                const details = document.querySelector('.module-lessons details');
                return [details.open, details.querySelector('summary').tabIndex];""";
        browser.width(1280);
        browser.open(SITE.resolve(SEED));
        // the page's script opens the list once it has measured the width: in a loaded run, later than the load
        assertEquals(List.of(true, -1L), Browser.awaited(() -> js.executeScript(state), List.of(true, -1L)));
        browser.driver().executeScript(WITHOUT_DETAILS_CONTENT); // older browsers see the open list too
        assertEquals(true, browser.driver().findElement(By.cssSelector(".module-lessons ol")).isDisplayed());

        browser.width(390);
        assertEquals(List.of(false, 0L), Browser.awaited(() -> js.executeScript(state), List.of(false, 0L)));
        WebElement title = browser.driver().findElement(By.cssSelector(".module-lessons summary"));
        title.sendKeys(Keys.ENTER);
        assertEquals(true, browser.driver().findElement(By.cssSelector(".module-lessons ol")).isDisplayed());
    }

    @Test
    void onALaptopABrowserWithoutDetailsContentOrScriptOpensTheModulesLessonsWithAClick(Browser.Session browser) {
        browser.width(1280);
        browser.open(SITE.resolve(SEED));
        // the page's script opens the list when the width it is laid out at changes: let it finish first
        Browser.settled(() -> browser.driver().executeScript(
                "return [innerWidth, document.querySelector('.module-lessons details').open];"));
        browser.driver().executeScript(WITHOUT_DETAILS_CONTENT + """
                const details = document.querySelector('.module-lessons details'); // as before the script ran
                details.open = false;
                details.querySelector('summary').removeAttribute('tabindex');""");
        WebElement lessons = browser.driver().findElement(By.cssSelector(".module-lessons ol"));
        assertEquals(false, lessons.isDisplayed());
        WebElement title = browser.driver().findElement(By.cssSelector(".module-lessons summary"));
        new Actions(browser.driver()).moveToElement(title).click().perform(); // where the mouse clicks, as a reader's
        assertEquals(true, lessons.isDisplayed(), "a click on the module's title did not open its lessons");
    }

    /** Where the text of each part of the page starts, from the left edge of the window. */
    private static final String LEFT_EDGES = """
            const left = s => Math.round(document.querySelector(s).getBoundingClientRect().left);
            return Object.fromEntries(arguments[0].map(s => [s, left(s)]));""";

    /**
     * On a phone and on a laptop (where the module's lessons stand in a column of their own), the
     * search box, breadcrumb, title, lesson and footer start at one left edge.
     */
    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theSearchBoxBreadcrumbTitleLessonAndFooterStartAtOneLeftEdge(int width, Browser.Session browser) {
        browser.width(width);
        browser.open(SITE.resolve(SEED));
        List<String> parts = List.of(".site-search label", "body > .breadcrumb a", "h1", "article.lesson h2",
                ".site-footer p");
        Map<?, ?> edges = Browser.settled(() -> (Map<?, ?>) browser.driver().executeScript(LEFT_EDGES, parts));
        Object title = edges.get("h1");
        parts.forEach(part -> assertEquals(title, edges.get(part), part + " at " + width + " px: " + edges));
    }

    /**
     * The tap targets of a page's header, footer and navigation, with the module's lessons opened: one
     * line per target smaller than 24 x 24 px (WCAG 2.2's 2.5.8), and per two targets that overlap (where
     * they do, neither has its whole size), then one with the smallest height seen.
     */
    private static final String SMALL_TARGETS = """
            document.querySelectorAll('.module-lessons details').forEach(d => d.open = true);
            const targets = [...document.querySelectorAll(arguments[0])].filter(t => t.getClientRects().length)
                .map(t => ({name: (t.textContent.trim() || t.outerHTML).slice(0, 40), r: t.getBoundingClientRect()}));
            const size = r => (Math.round(r.width * 10) / 10) + ' x ' + (Math.round(r.height * 10) / 10);
            const lines = targets.filter(t => t.r.width < 24 || t.r.height < 24).map(t => t.name + ': ' + size(t.r));
            targets.forEach((a, i) => targets.slice(i + 1).forEach(b => {
                if (Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 0.01
                        && Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 0.01) {
                    lines.push(a.name + ' overlaps ' + b.name);
                }
            }));
            const lowest = Math.min(...targets.map(t => t.r.height));
            return lines.concat(targets.length + ' targets, the lowest ' + Math.round(lowest * 10) / 10 + ' px');""";

    private static final String HEADER_FOOTER_AND_NAVIGATION = String.join(", ", "body > .breadcrumb a",
            ".site-search input", ".site-header a", ".module-lessons summary", ".module-lessons a", ".toc a",
            ".pager a", ".site-footer a", ".course h2 > a", ".course h3 > a", "a.lesson-title");

    /**
     * On a phone, in light and dark, the links of the header (its breadcrumb too), footer, lesson navigation
     * (the module's lessons, the contents, previous and next) and the course's and module's lists are each at
     * least 24 x 24 px, none over another: the breadcrumb's and footer's were 16 px tall, the module's lessons
     * 18 and the contents 19.
     */
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void onAPhoneEveryLinkOfTheHeaderFooterAndNavigationIsAtLeast24PxSquareAndNoneOverlaps(String scheme,
            Browser.Session browser) {
        browser.width(390);
        browser.colorScheme(scheme);
        for (String page : List.of(SEED, "lessons/latent-consistency-and-turbo/spec.html", OUTSIDE, "lessons/index.html",
                "lessons/series/7.html", "lessons/modules/7-3.html")) {
            browser.open(SITE.resolve(page));
            List<?> lines = Browser.settled(() -> (List<?>) browser.driver().executeScript(SMALL_TARGETS,
                    HEADER_FOOTER_AND_NAVIGATION));
            System.out.println(page + " at 390 px, " + scheme + ": " + lines.get(lines.size() - 1));
            assertEquals(List.of(), lines.subList(0, lines.size() - 1), page + " in " + scheme);
        }
    }

    private static Map<?, ?> rect(Browser.Session browser, String selector) {
        return (Map<?, ?>) browser.driver().executeScript("""
                const r = document.querySelector(arguments[0]).getBoundingClientRect();
                return {left: Math.round(r.left), width: Math.round(r.width)};""", selector);
    }
}
