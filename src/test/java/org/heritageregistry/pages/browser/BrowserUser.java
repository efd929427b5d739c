package org.heritageregistry.pages.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A person at the {@link Browser}, doing what the browser tests do on every page: finding a field
 * by its label's text, pressing a button from the keyboard, signing in and out with the demo
 * accounts; and the checks every page they reach must pass (its heading outline and axe-core's
 * WCAG checks). Make one beside the class's browser:
 * {@code private static final BrowserUser user = new BrowserUser(browser);}.
 */
final class BrowserUser {

    /** How long a page may take to load after a click or a key press. */
    private static final Duration PAGE_LOAD = Duration.ofSeconds(15);

    private final Browser browser;

    BrowserUser(Browser browser) {
        this.browser = browser;
    }

    /** Waits until the condition holds (a page loaded, a script drew), and returns what it returned. */
    <T> T await(Function<? super WebDriver, T> condition) {
        return browser.waitUpTo(PAGE_LOAD).until(condition);
    }

    /** The field a person finds by its label's text. */
    WebElement field(String label) {
        WebDriver driver = browser.driver();
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        return driver.findElement(By.id(labelElement.getDomAttribute("for")));
    }

    /**
     * Presses the button from the keyboard, as a person without a mouse would, and waits for the
     * next page: a mark left on this page's window is gone once another page has loaded (asking
     * an element of the old page whether it is stale can race the navigation).
     */
    void submit(String button) {
        WebDriver driver = browser.driver();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.registryTestMark = true");
        driver.findElement(By.xpath("//button[normalize-space()='" + button + "']")).sendKeys(Keys.ENTER);
        await(d -> Boolean.TRUE.equals(js.executeScript("return window.registryTestMark === undefined && document.readyState === 'complete'")));
    }

    /** Signs in with a demo account (its password is the name with "-demo") on the sign-in page the browser shows. */
    void signIn(String user) {
        signIn(user, user + "-demo");
    }

    /** Signs in on the sign-in page the browser shows, and is back where the sign-in was asked for, signed in. */
    void signIn(String user, String password) {
        WebDriver driver = browser.driver();
        assertTrue(driver.getCurrentUrl().endsWith("/pages/login"), driver.getCurrentUrl());
        field("Account name").sendKeys(user);
        field("Password").sendKeys(password);
        submit("Sign in");
        assertTrue(!driver.getCurrentUrl().contains("/pages/login"), "signed in: " + driver.getCurrentUrl());
        assertTrue(driver.findElement(By.cssSelector("header")).getText().contains("Signed in as " + user));
    }

    void signOut() {
        browser.open("/pages/logout");
        submit("Sign out");
        assertTrue(browser.driver().findElement(By.cssSelector("[role=status]")).getText().contains("signed out"));
    }

    /** The page the browser shows has a well-formed heading outline and passes axe-core's WCAG checks. */
    void checkPage() {
        HeadingOutline.assertWellFormed(browser.driver());
        browser.checkAccessibility();
    }

    /** As {@link #checkPage()}, after a screenshot of the page in target/screenshots/NAME.png (so that a failing page is there to see). */
    void checkPage(String screenshot) {
        browser.screenshot(screenshot);
        checkPage();
    }
}
