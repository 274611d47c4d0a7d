package dev.lectern.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its chromedriver, one per test class (starting it
 * takes a second or two). Paths are given explicitly, so Selenium never looks for or downloads a
 * browser. Without Chromium the class is skipped with a one-line hint; with {@code CI=true} that is
 * a failure instead. A failing test leaves a screenshot under {@code target/browser-failures/}.
 *
 * <pre>{@code
 * @ExtendWith(Browser.class)
 * class SomeBrowserTest {
 *     @Test
 *     void opens(Browser.Session browser) { browser.open(page); ... }
 * }
 * }</pre>
 */
public final class Browser implements BeforeAllCallback, ParameterResolver, TestWatcher {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String INSTALL = "browser tests skipped: no Chromium here; to run them: "
            + "sudo apt-get install -y chromium chromium-driver";
    private static final AtomicBoolean TOLD = new AtomicBoolean();
    /**
     * Held so its level sticks: Selenium warns that it has no DevTools classes for this Chromium;
     * the tests only send raw CDP commands, which need none.
     */
    private static final Logger CDP_VERSIONS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true and no browser: " + INSTALL.substring(INSTALL.indexOf("sudo")));
            }
            if (TOLD.compareAndSet(false, true)) {
                System.err.println(INSTALL);
            }
            assumeTrue(false, INSTALL);
        }
        context.getStore(NAMESPACE).put(Session.class, new Session());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Session.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return session(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
        if (session != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName();
            Path shot = session.screenshot(name);
            System.err.println("browser test failed; screenshot: " + shot);
        }
    }

    /**
     * What {@code measure} gives once two readings 100 ms apart agree (at most 3 s): on a loaded machine a
     * verify run once measured a page still being laid out at its new width.
     */
    public static <T> T settled(Supplier<T> measure) {
        T last = measure.get();
        for (long deadline = System.nanoTime() + 3_000_000_000L; System.nanoTime() < deadline; ) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            T now = measure.get();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /**
     * {@code measure} once it gives {@code expected}, or what it gives after 5 s: for a state a page's script reaches
     * some time after the load or a resize, later in a loaded run.
     */
    public static <T> T awaited(Supplier<T> measure, T expected) {
        T now = measure.get();
        for (long deadline = System.nanoTime() + 5_000_000_000L; !now.equals(expected) && System.nanoTime() < deadline; ) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            now = measure.get();
        }
        return now;
    }

    private static Session session(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Session.class, Session.class);
    }

    /** One browser; closed when its test class ends (the store closes it). */
    public static final class Session implements AutoCloseable {
        private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

        private final ChromeDriver driver;
        private String axe;

        Session() {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--allow-file-access-from-files", "--window-size=1280,900");
            CDP_VERSIONS.setLevel(Level.OFF);
            this.driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        }

        public ChromeDriver driver() {
            return driver;
        }

        /** Opens a page of a site written to disk. */
        public void open(Path file) {
            open(file, "");
        }

        /** Opens a page of a site written to disk with a query ({@code ?q=word}) or fragment. */
        public void open(Path file, String suffix) {
            driver.get(file.toUri() + suffix);
        }

        /** Lays the page out at {@code width} CSS pixels (a phone at 390, a laptop at 1280). */
        public void width(int width) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                    "deviceScaleFactor", 1, "mobile", width < 600));
        }

        /** Emulates the reader's colour scheme: {@code light} or {@code dark}. */
        public void colorScheme(String scheme) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        }

        /**
         * axe-core's WCAG 2.1 A and AA rules on the open page: one line per violation,
         * {@code rule (impact): target, target ...}; empty when there are none.
         */
        @SuppressWarnings("unchecked")
        public List<String> axeViolations() {
            if (axe == null) {
                axe = read(Repo.root().resolve("assets/node_modules/axe-core/axe.min.js"));
            }
            driver.executeScript(axe);
            Object result = driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                      .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '
                          + v.nodes.map(n => n.target.join(' ')).join(', '))))
                      .catch(e => done(['axe failed: ' + e]));
                    """, WCAG_21_AA);
            return (List<String>) result;
        }

        /** A screenshot of the viewport, saved under {@code generator/target/browser-failures/}. */
        public Path screenshot(String name) {
            Path dir = Repo.root().resolve("generator/target/browser-failures");
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
            try {
                Files.createDirectories(dir);
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }

        @Override
        public void close() {
            driver.quit();
        }

        private static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing: run `npm ci` in assets/ (" + file + ")", e);
            }
        }
    }
}
