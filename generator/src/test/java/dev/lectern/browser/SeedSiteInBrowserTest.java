package dev.lectern.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lectern.math.MathRenderer;
import dev.lectern.site.BuildResult;
import dev.lectern.site.Lectern;
import dev.lectern.testing.Browser;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

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
        assertFalse(result.hasErrors(), result.diagnostics().toString());
    }

    /**
     * axe-core's WCAG 2.1 A and AA rules in light and dark, at a phone's and a laptop's width. The
     * page loads once and axe runs again after each change of emulation (no reload needed).
     */
    @ParameterizedTest
    @ValueSource(strings = {"lessons/index.html", LESSON + "index.html", LESSON + "spec.html", LESSON + "review.html",
            "lessons/reports/validation.html"})
    void pageHasNoWcag21AaViolationsInEitherSchemeAtEitherWidth(String page, Browser.Session browser) {
        browser.open(SITE.resolve(page));
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (int width : List.of(390, 1280)) {
                browser.width(width);
                browser.colorScheme(scheme);
                browser.axeViolations().forEach(v -> violations.add(scheme + " " + width + "px: " + v));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void lessonPageShowsTheLessonTitle(Browser.Session browser) {
        browser.width(1280);
        browser.open(SITE.resolve(LESSON + "index.html"));
        assertEquals("Latent Consistency & Turbo", browser.driver().findElement(By.tagName("h1")).getText());
    }
}
