package org.heritageregistry.pages.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.RestAssured;

/**
 * One headless Chromium per test class, against the Quarkus test server. Register it in a
 * {@code @QuarkusTest} with {@code @RegisterExtension static final Browser browser = new Browser();}:
 * the class's tests are skipped (or fail, under REGISTRY_BROWSER_TESTS=required) when Debian's
 * chromium and chromium-driver are not installed.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Where Selenium Manager would unpack itself (SE_CACHE_PATH): nothing else writes there, so it must not exist. */
    private static final Path SELENIUM_CACHE = Path.of("target", "selenium-cache");

    /**
     * The tests use no DevTools (CDP) API, so no selenium-devtools-vNNN jar matching Debian's
     * Chromium is on the classpath; without this, each start warns that none matches. Held here
     * because java.util.logging keeps loggers only weakly.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final DebianChromium chromium = DebianChromium.located();
    private ChromeDriver driver;
    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (chromium.installed()) {
            start();
        }
    }

    /** Per test, not per class: so that the report counts each test as skipped, with the reason. */
    @Override
    public void beforeEach(ExtensionContext context) {
        chromium.assumeInstalled();
    }

    private void start() throws IOException {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        // The network is closed: should Selenium Manager ever run, it must neither download nor
        // write outside target/. SE_* system properties reach it as environment variables.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_CACHE_PATH", SELENIUM_CACHE.toAbsolutePath().toString());
        profile = Files.createTempDirectory("registry-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        // As root Chromium needs --no-sandbox. The background, component and sync switches keep it
        // from calling home through the closed network; /dev/shm may be small on a CI machine; a
        // new profile, a fixed window and language make every run's pages and screenshots alike.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1024", "--lang=en");
        // A driver executable given to the service is what makes Selenium skip Selenium Manager.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromium.driver().toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        if (Files.exists(SELENIUM_CACHE)) {
            throw new IllegalStateException("Selenium Manager ran (it unpacked itself into " + SELENIUM_CACHE
                    + "): the driver must come from " + chromium.driver() + " and nothing may be downloaded");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (profile != null) {
                deleteTree(profile);
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** The Quarkus test server: its port is random (quarkus.http.test-port=0), known to RestAssured once it started. */
    public URI baseUrl() {
        if (RestAssured.port <= 0 || RestAssured.port == RestAssured.DEFAULT_PORT) {
            throw new IllegalStateException("the Quarkus test server's port is not known yet: " + RestAssured.port);
        }
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/");
    }

    /** Loads a path of the test server and waits for the page's load event. */
    public void open(String path) {
        driver.get(baseUrl().resolve(path).toString());
    }

    public WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** The browser window as a person would see it, in target/screenshots/NAME.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the test with every WCAG 2.0/2.1 A and AA violation axe-core finds on the current page. */
    public void checkAccessibility() {
        Accessibility.assertNoViolations(driver);
    }

    /** Best effort: a profile left in the temp dir is harmless, a test failed for it is not. */
    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("left the Chromium profile " + root + ": " + e);
        }
    }
}
