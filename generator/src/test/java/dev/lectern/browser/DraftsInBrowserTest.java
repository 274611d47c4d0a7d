package dev.lectern.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.math.MathRenderer;
import dev.lectern.site.Lectern;
import dev.lectern.testing.Browser;
import dev.lectern.testing.DraftBesideSeed;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A draft beside the seed lesson, as a student and an author meet it in Chromium. */
@ExtendWith({SharedKatex.class, Browser.class})
class DraftsInBrowserTest {
    private static final Path SITE = Repo.root().resolve("generator/target/browser-site/drafts");
    private static final String SEED = "lessons/latent-consistency-and-turbo/index.html";

    @BeforeAll
    static void buildTheSeedWithADraft(MathRenderer math, @TempDir Path dir) {
        Path content = DraftBesideSeed.write(dir.resolve("content"), "");
        try (Lectern lectern = Lectern.open(SITE.resolveSibling("drafts-cache"), math)) {
            lectern.build(content, SITE);
        }
    }

    @Test
    void aStudentNeitherPagesNorSearchesIntoTheDraft(Browser.Session browser) {
        browser.width(1280);
        browser.open(SITE.resolve(SEED));
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector("a[rel=next], a[rel=prev]")));
        WebElement draft = browser.driver().findElements(By.cssSelector("aside.module-lessons li")).get(2);
        assertEquals(List.of(), draft.findElements(By.tagName("a")));
        assertEquals("The Speed Landscape in preparation", draft.getDomProperty("textContent"));

        browser.open(SITE.resolve("lessons/search.html"), "?q=" + DraftBesideSeed.WORD);
        assertEquals("No lesson matches “" + DraftBesideSeed.WORD + "”.",
                browser.driver().findElement(By.id("search-status")).getText());
    }

    @Test
    void anAuthorReachesTheDraftFromTheValidationPageAndSeesItsBanner(Browser.Session browser) {
        browser.width(1280);
        browser.open(SITE.resolve("lessons/reports/validation.html"));
        WebElement link = browser.driver().findElement(By.cssSelector("a[href='../" + DraftBesideSeed.FOLDER
                + "/index.html']"));
        browser.driver().executeScript("arguments[0].closest('details') && (arguments[0].closest('details').open = true)",
                link);
        link.click();
        assertTrue(browser.driver().getCurrentUrl().endsWith(DraftBesideSeed.FOLDER + "/index.html"));
        assertTrue(browser.driver().findElement(By.cssSelector(".draft-banner")).isDisplayed());
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector("a[rel=next], a[rel=prev]")));
    }
}
