package org.heritageregistry.pages.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.opentest4j.AssertionFailedError;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The browser checks fail when a page breaks them: otherwise a clean result from the page tests
 * could mean that axe never ran. Each test spoils a real page in the browser's DOM only.
 */
@QuarkusTest
@DatabaseIndependent("the browser checks themselves")
class BrowserSelfTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static void inject(String html) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', arguments[0])", html);
    }

    @Test
    void accessibilityCheckListsEachViolationWithItsElement() {
        browser.open("/pages/monuments");
        inject("<p><input id='unlabelled-probe' type='text'></p>");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, browser::checkAccessibility);
        String message = failure.getMessage();
        assertTrue(message.contains("- label (critical): "), message);
        assertTrue(message.contains("#unlabelled-probe"), "the offending element's target: " + message);
    }

    @Test
    void headingOutlineRejectsASkippedLevelAndASecondH1() {
        browser.open("/pages/monuments");
        HeadingOutline.assertWellFormed(browser.driver());
        inject("<h4>Too deep</h4>");
        AssertionFailedError skipped = assertThrows(AssertionFailedError.class, () -> HeadingOutline.assertWellFormed(browser.driver()));
        assertTrue(skipped.getMessage().contains("h4 \"Too deep\" follows h2"), skipped.getMessage());

        browser.open("/pages/monuments");
        inject("<h1>Another title</h1>");
        AssertionFailedError twoH1 = assertThrows(AssertionFailedError.class, () -> HeadingOutline.assertWellFormed(browser.driver()));
        assertTrue(twoH1.getMessage().contains("exactly one h1"), twoH1.getMessage());
    }

    @Test
    void screenshotIsAPngOfTheWholeWindow() throws IOException {
        browser.open("/pages/monuments");
        Path file = browser.screenshot("browser-self-test");
        BufferedImage image = ImageIO.read(file.toFile());
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertEquals(((Number) js.executeScript("return window.innerWidth")).intValue(), image.getWidth());
        assertEquals(((Number) js.executeScript("return window.innerHeight")).intValue(), image.getHeight());
    }
}
