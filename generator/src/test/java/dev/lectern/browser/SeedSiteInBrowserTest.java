package dev.lectern.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.math.MathRenderer;
import dev.lectern.render.DiagnosticCounts;
import dev.lectern.site.BuildResult;
import dev.lectern.site.Lectern;
import dev.lectern.testing.Browser;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

/** The seed course built as a site and read in Chromium, as a student or an author would. */
@ExtendWith({SharedKatex.class, Browser.class})
class SeedSiteInBrowserTest {
    private static final Path SITE = Repo.root().resolve("generator/target/browser-site/seed");
    private static final String LESSON = "lessons/latent-consistency-and-turbo/";

    @BeforeAll
    static void buildTheSeedSite(MathRenderer math) throws IOException {
        BuildResult result;
        try (Lectern lectern = Lectern.open(SITE.resolveSibling("seed-cache"), math)) {
            result = lectern.build(Repo.content(), SITE);
        }
        assertEquals(0, DiagnosticCounts.of(result.diagnostics()).errors(), result.diagnostics().toString());
    }

    /**
     * axe-core's WCAG 2.1 A and AA rules in light and dark, at a phone's and a laptop's width, and
     * no sideways scrolling of the page itself at either (code blocks and tables scroll inside their
     * own boxes). The page loads once and is checked again after each change of emulation.
     */
    /**
     * What sticks out past the right edge of the page, if it scrolls sideways: the outermost such
     * elements that are not inside a box of their own that scrolls or clips.
     */
    private static final String SIDEWAYS = """
            const root = document.documentElement;
            if (root.scrollWidth <= root.clientWidth) return null;
            const inBox = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
            const out = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > root.clientWidth
                && !inBox(e) && !(e.parentElement && e.parentElement.getBoundingClientRect().right > root.clientWidth));
            return (root.scrollWidth - root.clientWidth) + 'px, ' + out.slice(0, 5).map(e =>
                e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')).join(', ');
            """;

    @ParameterizedTest
    @ValueSource(strings = {"lessons/index.html", "lessons/search.html?q=discriminator", "lessons/series/7.html", "lessons/modules/7-3.html", LESSON + "index.html", LESSON + "spec.html", LESSON + "review.html",
            "lessons/reports/validation.html", "lessons/404.html"})
    void pageHasNoWcag21AaViolationsInEitherSchemeAtEitherWidth(String page, Browser.Session browser) {
        browser.open(SITE.resolve(page.replaceAll("\\?.*", "")), page.replaceAll("^[^?]*", ""));
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (int width : List.of(390, 1280)) {
                browser.width(width);
                browser.colorScheme(scheme);
                browser.axeViolations().forEach(v -> violations.add(scheme + " " + width + "px: " + v));
                Object sideways = browser.driver().executeScript(SIDEWAYS);
                if (sideways != null) {
                    violations.add(scheme + " " + width + "px: the page scrolls sideways: " + sideways);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** The seed's module with its two planned lessons written too (the seed with another slug, title and position). */
    @Test
    void aStudentFollowsNextThroughTheModuleAndPreviousBack(MathRenderer math, Browser.Session browser,
                                                              @TempDir Path content) {
        Path site = SITE.resolveSibling("module");
        EditedContent.copy(Repo.content(), content);
        String seed = EditedContent.seedText();
        writeLesson(content, seed, "consistency-models", "Consistency Models", 1);
        writeLesson(content, seed, "the-speed-landscape", "The Speed Landscape", 3);
        try (Lectern lectern = Lectern.open(SITE.resolveSibling("module-cache"), math)) {
            assertEquals(0, DiagnosticCounts.of(lectern.build(content, site).diagnostics()).errors());
        }
        browser.width(1280);
        browser.open(site.resolve("lessons/consistency-models/index.html"));
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector("a[rel=prev]")));
        List<String> visited = new ArrayList<>(List.of(heading(browser)));
        for (int i = 0; i < 2; i++) {
            browser.driver().findElement(By.cssSelector("a[rel=next]")).click();
            visited.add(heading(browser));
        }
        assertEquals(List.of("Consistency Models", "Latent Consistency & Turbo", "The Speed Landscape"), visited);
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector("a[rel=next]")));
        // textContent: Selenium counts the content of a closed <details> as hidden, though CSS shows it here
        assertEquals("The Speed Landscape", browser.driver()
                .findElement(By.cssSelector(".module-lessons a[aria-current=page]")).getDomProperty("textContent"));
        browser.driver().findElement(By.cssSelector("a[rel=prev]")).click();
        browser.driver().findElement(By.cssSelector("a[rel=prev]")).click();
        assertEquals("Consistency Models", heading(browser));
    }

    private static String heading(Browser.Session browser) {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    private static void writeLesson(Path content, String seed, String slug, String title, int position) {
        String text = EditedContent.replaceOnce(seed, "# Lesson: Latent Consistency & Turbo", "# Lesson: " + title);
        text = EditedContent.replaceOnce(text, "**Slug:** `latent-consistency-and-turbo`", "**Slug:** `" + slug + "`");
        text = EditedContent.replaceOnce(text, "Lesson 2 of 3 in module", "Lesson " + position + " of 3 in module");
        EditedContent.write(content, "series-7/module-7-3/lessons/" + slug + ".md", text);
    }

    @Test
    void aKeyboardUserSkipsToTheLessonAndScrollsACodeBlockWithTheArrowKeys(Browser.Session browser) {
        browser.width(390);
        browser.open(SITE.resolve(LESSON + "index.html"));
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement skip = browser.driver().switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        skip.sendKeys(Keys.ENTER);
        assertEquals(true, browser.driver().getCurrentUrl().endsWith("#main"));

        WebElement code = browser.driver().findElement(By.cssSelector("pre.code"));
        assertEquals("Code (python)", code.getDomAttribute("aria-label"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", code);
        assertEquals(code, browser.driver().switchTo().activeElement());
        for (int i = 0; i < 5; i++) {
            code.sendKeys(Keys.ARROW_RIGHT);
        }
        long scrolled = (Long) browser.driver().executeScript("return Math.round(arguments[0].scrollLeft)", code);
        assertEquals(true, scrolled > 0, "the code block did not scroll with the arrow keys");
    }

    @Test
    void anAnswerShowsOnlyOnceTheStudentAsksForIt(Browser.Session browser) {
        browser.width(390);
        browser.open(SITE.resolve(LESSON + "index.html"));
        WebElement answer = browser.driver().findElement(By.cssSelector("details.answer .answer-text"));
        assertEquals(false, answer.isDisplayed());
        WebElement control = browser.driver().findElement(By.cssSelector("details.answer > summary"));
        control.sendKeys(Keys.ENTER);
        assertEquals(true, answer.isDisplayed());
        assertEquals(true, answer.getText().startsWith("No. The VAE is frozen"));
    }

    /** "Adversarial" is in the Context section's text first; the section that explains it has it in its heading. */
    @Test
    void aSearchLeadsToTheSectionWhoseHeadingHasTheWordNotTheFirstThatMentionsIt(Browser.Session browser) {
        browser.width(1280);
        browser.open(SITE.resolve("lessons/search.html"), "?q=adversarial");
        firstWithin(browser, By.cssSelector("#search-results .search-snippet")); // once the sections have loaded
        String href = browser.driver().findElement(By.cssSelector("#search-results a.search-hit")).getDomAttribute("href");
        assertEquals(LESSON.replace("lessons/", "") + "index.html#8-explain-adversarial-diffusion-distillation-add-sdxl-turbo",
                href);
    }

    @Test
    void aStudentFindsTheSeedByAWordOfItsBodyAndOpensTheSectionWithTheKeyboard(Browser.Session browser) {
        browser.width(1280);
        browser.open(SITE.resolve(LESSON + "index.html"));
        browser.driver().findElement(By.tagName("body")).sendKeys("/");
        WebElement box = browser.driver().switchTo().activeElement();
        assertEquals("site-search-q", box.getDomAttribute("id"));
        box.sendKeys("discriminator", Keys.ENTER); // the form leads to the search page, which searches at once

        WebElement field = firstWithin(browser, By.id("search-q")); // once the search page has loaded
        assertEquals("discriminator", field.getDomProperty("value"));
        field.clear();
        field.sendKeys("discrim");
        List<WebElement> hits = browser.driver().findElements(By.cssSelector("#search-results a.search-hit"));
        assertEquals(true, hits.size() > 0, "no result for a word of the seed's body");
        assertEquals(true, hits.get(0).getText().startsWith("Latent Consistency & Turbo"), hits.get(0).getText());
        // the snippet comes with the lesson's sections, a script of their own loaded for the hits
        assertEquals(true, firstWithin(browser, By.cssSelector("#search-results mark")).getText()
                .toLowerCase(java.util.Locale.ROOT).startsWith("discrim"));
        System.out.println("search: the page took " + browser.driver().findElement(By.id("search-results"))
                .getDomAttribute("data-search-ms") + " ms from the last keystroke to its results");

        field.sendKeys(Keys.ARROW_DOWN);
        assertEquals(hits.get(0), browser.driver().switchTo().activeElement());
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertEquals(true, browser.driver().getCurrentUrl().contains("/" + LESSON + "index.html#"),
                browser.driver().getCurrentUrl());
    }

    /**
     * The text of every section of the site's lessons, by its address as the search page links it: read
     * from the written {@code search-sections.js} files, not caught as the page loads them, which raced
     * with the page's own script.
     */
    private static Map<String, String> sectionTexts() throws IOException {
        Map<String, String> texts = new HashMap<>();
        try (Stream<Path> files = Files.list(SITE.resolve("lessons"))) {
            for (Path script : files.map(dir -> dir.resolve("search-sections.js")).filter(Files::isRegularFile).toList()) {
                String call = Files.readString(script).strip(); // lecternSearchSections("dir", [...]);
                JsonNode arguments = new ObjectMapper().readTree(
                        "[" + call.substring(call.indexOf('(') + 1, call.lastIndexOf(')')) + "]");
                arguments.get(1).forEach(s -> texts.put(s.get("url").asText(), s.get("text").asText()));
            }
        }
        return texts;
    }

    /**
     * What a snippet shows of its section's text, without the ellipses, when it does not start and end
     * between words (or its section is not among the texts given, by address relative to the page).
     */
    private static final String CUT_SNIPPETS = """
            const texts = new Map(Object.entries(arguments[0]).map(([url, text]) => [new URL(url, location.href).href, text]));
            return [...document.querySelectorAll('#search-results li')].filter(li => li.querySelector('.search-snippet')).map(li => {
                const text = texts.get(li.querySelector('a.search-hit').href);
                const shown = li.querySelector('.search-snippet').textContent.replace(/^… /, '').replace(/ …$/, '');
                const at = text === undefined ? -1 : text.indexOf(shown);
                const cut = at < 0 || (at > 0 && !/\\s/.test(text.charAt(at - 1)))
                    || (at + shown.length < text.length && !/\\s/.test(text.charAt(at + shown.length)));
                return cut ? shown : null;
            }).filter(s => s !== null);""";

    @Test
    void searchSnippetsStartAndEndBetweenWords(Browser.Session browser) throws IOException {
        Map<String, String> texts = sectionTexts();
        browser.width(1280);
        browser.open(SITE.resolve("lessons/search.html"));
        WebElement field = browser.driver().findElement(By.id("search-q"));
        for (String word : List.of("lora", "discriminator", "steps")) {
            field.clear();
            field.sendKeys(word);
            firstWithin(browser, By.cssSelector("#search-results .search-snippet"));
            List<?> cut = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(CUT_SNIPPETS, texts);
            assertEquals(true, browser.driver().findElements(By.cssSelector("#search-results .search-snippet")).size() >= 1,
                    word);
            assertEquals(List.of(), cut, word);
        }
    }

    /** Each marked hit with the character before it, where that is a letter or digit: a hit inside a word. */
    private static final String MARKS_INSIDE_WORDS = """
            return [...document.querySelectorAll('#search-results mark')].filter(m => {
                const before = m.previousSibling ? m.previousSibling.textContent : '';
                return /[\\p{L}\\p{N}]$/u.test(before);
            }).map(m => m.previousSibling.textContent.slice(-12) + '[' + m.textContent + ']');""";

    /** The index matches words by their start: "ode" finds ODE, and is not marked inside "model". */
    @Test
    void searchMarksWordsThatStartWithTheQueryNotLettersInsideOtherWords(Browser.Session browser) {
        browser.width(1280);
        browser.open(SITE.resolve("lessons/search.html"), "?q=ode");
        WebElement mark = firstWithin(browser, By.cssSelector("#search-results .search-snippet mark"));
        assertEquals("ode", mark.getText().toLowerCase(java.util.Locale.ROOT));
        assertEquals(List.of(), ((JavascriptExecutor) browser.driver()).executeScript(MARKS_INSIDE_WORDS));
    }

    /** The first element the selector finds, waiting up to 5 s for one to appear. */
    private static WebElement firstWithin(Browser.Session browser, By selector) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<WebElement> found = browser.driver().findElements(selector);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            found = browser.driver().findElements(selector);
        }
        assertFalse(found.isEmpty(), "nothing matches " + selector);
        return found.get(0);
    }

    /** The seed's outline ends on a "---"; the footer's rule follows, and one rule is enough. */
    @Test
    void theLessonDoesNotEndOnARuleOfItsOwnAboveTheFootersRule(Browser.Session browser) {
        browser.width(1280);
        browser.open(SITE.resolve(LESSON + "index.html"));
        WebElement last = browser.driver().findElement(By.cssSelector("article.lesson > :last-child"));
        assertEquals("hr", last.getTagName());
        assertEquals(false, last.isDisplayed());
    }

    @Test
    void lessonPageShowsTheLessonTitle(Browser.Session browser) {
        browser.width(1280);
        browser.open(SITE.resolve(LESSON + "index.html"));
        assertEquals("Latent Consistency & Turbo", browser.driver().findElement(By.tagName("h1")).getText());
    }
}
