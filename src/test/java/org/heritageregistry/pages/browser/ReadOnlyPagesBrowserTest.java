package org.heritageregistry.pages.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The read-only pages in a real browser, on the Palmyra seed: what jsoup in WebPagesTest cannot
 * see (keyboard use, computed text direction, the drawn size of the timeline) and axe-core's
 * WCAG checks on the rendered page. Screenshots go to target/screenshots.
 */
@QuarkusTest
@DatabaseIndependent("keyboard use, layout and WCAG checks in a real browser")
class ReadOnlyPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Duration PAGE_LOAD = Duration.ofSeconds(15);

    @Test
    void monumentListNarrowsWhenFilteredFromTheKeyboard() {
        WebDriver driver = browser.driver();
        browser.open("/pages/monuments");
        List<String> all = monumentNames(driver);
        assertTrue(all.contains("Temple of Bel"), "the seed's Temple of Bel is listed: " + all);
        assertTrue(all.contains("Temple of Baalshamin"), "and the Temple of Baalshamin: " + all);

        labelledField(driver, "Name contains").sendKeys("Baalshamin", Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals("button", focused.getTagName(), "Tab from the name field reaches the submit button");
        assertEquals("Filter", focused.getText());
        WebElement listBefore = driver.findElement(By.cssSelector("table.monuments"));
        focused.sendKeys(Keys.ENTER);
        browser.waitUpTo(PAGE_LOAD).until(ExpectedConditions.stalenessOf(listBefore));

        assertTrue(driver.getCurrentUrl().contains("q=Baalshamin"), driver.getCurrentUrl());
        assertEquals(List.of("Temple of Baalshamin"), monumentNames(driver));
        assertEquals("Baalshamin", labelledField(driver, "Name contains").getDomProperty("value"), "the filter is kept in its field");
        HeadingOutline.assertWellFormed(driver);
        browser.screenshot("monument-list");
        browser.checkAccessibility();
    }

    @Test
    void monumentPageSetsTheArabicNameRightToLeftAndDrawsTheTimeline() {
        WebDriver driver = browser.driver();
        browser.open("/pages/monuments/temple-of-bel");
        assertEquals("Temple of Bel", driver.findElement(By.tagName("h1")).getText());

        WebElement arabic = driver.findElement(By.cssSelector("ul.names [lang='ar']"));
        assertEquals("rtl", arabic.getDomAttribute("dir"));
        assertEquals("rtl", arabic.getCssValue("direction"), "the browser lays the Arabic name out right to left");
        WebElement transliteration = driver.findElement(By.cssSelector("ul.names [lang='ar-Latn']"));
        assertEquals("ltr", transliteration.getCssValue("direction"), "a transliteration stays left to right");

        WebElement timeline = driver.findElement(By.cssSelector("figure.timeline svg"));
        Rectangle drawn = timeline.getRect();
        assertTrue(drawn.getWidth() > 0 && drawn.getHeight() > 0, "the timeline is drawn: " + drawn.getDimension());
        long viewport = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth")).longValue();
        assertTrue(drawn.getX() + drawn.getWidth() <= viewport, "the timeline fits the window (" + viewport + " px): " + drawn.getX() + "+" + drawn.getWidth());
        WebElement firstBand = timeline.findElement(By.cssSelector("g.step rect"));
        assertTrue(firstBand.getRect().getWidth() > 0, "an established step is drawn as a band");

        HeadingOutline.assertWellFormed(driver);
        browser.screenshot("monument-page");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({ block: 'center' })", timeline);
        browser.screenshot("monument-timeline");
        browser.checkAccessibility();
    }

    @Test
    void reportPageOpensFromTheMonumentPage() {
        WebDriver driver = browser.driver();
        browser.open("/pages/monuments/temple-of-bel");
        WebElement established = driver.findElement(By.cssSelector("table.condition a[href^='/pages/reports/']"));
        String reportPath = established.getDomAttribute("href");
        established.click();
        browser.waitUpTo(PAGE_LOAD).until(ExpectedConditions.urlToBe(browser.baseUrl().resolve(reportPath).toString()));

        WebElement h1 = driver.findElement(By.tagName("h1"));
        assertTrue(h1.getText().startsWith("Report: "), h1.getText());
        assertEquals("/pages/monuments/temple-of-bel", h1.findElement(By.tagName("a")).getDomAttribute("href"), "the report links back to its monument");
        String status = driver.findElement(By.cssSelector("dd.status")).getText();
        assertTrue(List.of("VERIFIED", "CORROBORATED").contains(status), "the report that establishes the condition is reviewed: " + status);

        HeadingOutline.assertWellFormed(driver);
        browser.screenshot("report-page");
        browser.checkAccessibility();
    }

    /** axe-core runs in these pages only because driver scripts are exempt from their CSP; the page's own scripts are not. */
    @Test
    void contentSecurityPolicyStillBlocksScriptsThePageWouldRun() {
        WebDriver driver = browser.driver();
        browser.open("/pages/monuments/temple-of-bel");
        Object blocked = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.addEventListener('securitypolicyviolation', e => done(e.effectiveDirective), { once: true });
                const script = document.createElement('script');
                script.textContent = 'window.injectedScriptRan = true';
                document.body.appendChild(script);
                setTimeout(() => done(null), 3000);
                """);
        assertEquals("script-src-elem", blocked, "the page's Content-Security-Policy blocks an inline script");
        assertNull(((JavascriptExecutor) driver).executeScript("return window.injectedScriptRan"));
        assertNotEquals(List.of(), driver.findElements(By.tagName("h1")), "the page itself is still there");
    }

    private static List<String> monumentNames(WebDriver driver) {
        return driver.findElements(By.cssSelector("table.monuments tbody tr td:first-child a")).stream().map(WebElement::getText).toList();
    }

    /** The field a person finds by its label's text, as a screen reader announces it. */
    private static WebElement labelledField(WebDriver driver, String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        return driver.findElement(By.id(labelElement.getDomAttribute("for")));
    }
}
