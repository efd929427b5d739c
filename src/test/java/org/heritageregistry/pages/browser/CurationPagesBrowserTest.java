package org.heritageregistry.pages.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The source and account pages in a real browser, each checked with axe-core and for its heading
 * outline, error states included: a curator searches, registers a source (first getting the
 * form's errors), opens its correction and merge forms; an account holder makes an API token;
 * an admin reads the accounts. Screenshots go to target/screenshots.
 */
@QuarkusTest
@DatabaseIndependent("the source and account pages in a real browser; the writes are the API's, tested on PostgreSQL there")
class CurationPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Duration PAGE_LOAD = Duration.ofSeconds(15);

    @Test
    void aCuratorSearchesAndRegistersASourceAndTheFormsPassTheAccessibilityChecks() {
        WebDriver driver = browser.driver();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String other = Api.newSource(false);

        browser.open("/pages/sources");
        field(driver, "Name or other spelling contains").sendKeys("Test source", Keys.ENTER);
        browser.waitUpTo(PAGE_LOAD).until(d -> d.getCurrentUrl().contains("q=Test"));
        assertTrue(driver.findElements(By.cssSelector("table.sources a")).size() > 0, "the test sources are found");
        checked("sources-search");

        browser.open("/pages/sources/new");
        signIn(driver, "curator", "curator-demo");
        assertTrue(driver.getCurrentUrl().endsWith("/pages/sources/new"), driver.getCurrentUrl());
        checked("source-form");
        submit(driver, "Register the source");
        assertTrue(driver.findElements(By.cssSelector(".error-summary li")).size() >= 3, "name, kind and reliability are missing");
        assertEquals("true", field(driver, "Name").getDomAttribute("aria-invalid"));
        checked("source-form-errors");

        field(driver, "Name").sendKeys("Browser agency " + tag);
        field(driver, "Other spellings (one a line, optional)").sendKeys("Agence navigateur " + tag);
        new Select(field(driver, "Kind")).selectByValue("NEWS_AGENCY");
        new Select(field(driver, "Reliability (Admiralty scale)")).selectByValue("B");
        submit(driver, "Register the source");
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().startsWith("Registered."));
        assertEquals("Browser agency " + tag, driver.findElement(By.tagName("h1")).getText());
        String id = driver.getCurrentUrl().replaceAll("^.*/pages/sources/([0-9a-f-]{36}).*$", "$1");
        checked("source-page");

        browser.open("/pages/sources/edit?source=" + id);
        checked("source-edit-form");
        browser.open("/pages/sources/merge?source=" + id + "&into=" + other);
        assertTrue(driver.findElement(By.cssSelector("ul.effects")).getText().contains("Browser agency " + tag));
        checked("source-merge-preview");
        signOut(driver);
    }

    @Test
    void anAccountHolderMakesATokenAndAnAdminReadsTheAccounts() {
        WebDriver driver = browser.driver();
        String username = "page-browser-" + UUID.randomUUID().toString().substring(0, 8);
        String password = username + " passphrase";
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body(Map.of("username", username, "password", password, "roles", List.of("curator")))
                .post("/api/v1/accounts").then().statusCode(201);

        browser.open("/pages/account");
        signIn(driver, username, password);
        assertEquals("My account: " + username, driver.findElement(By.tagName("h1")).getText());
        checked("my-account");
        submit(driver, "Change the password");
        assertEquals("true", field(driver, "Current password").getDomAttribute("aria-invalid"));
        checked("my-account-password-errors");

        field(driver, "Name").sendKeys("Browser token");
        driver.findElement(By.id("f-scope-read")).sendKeys(Keys.SPACE);
        submit(driver, "Make the token");
        assertTrue(driver.findElement(By.id("token-secret")).getDomProperty("value").startsWith("hr_"));
        checked("token-issued");
        signOut(driver);

        browser.open("/pages/accounts");
        signIn(driver, "admin", "admin-demo");
        assertTrue(driver.findElements(By.cssSelector("tr[data-account='" + username + "']")).size() == 1
                || driver.findElements(By.cssSelector("a[rel=next]")).size() == 1, "the new account is listed, or on a later page");
        checked("accounts");
        browser.open("/pages/accounts/edit?account=" + username);
        checked("account-edit");
        signOut(driver);
    }

    private static void checked(String screenshot) {
        HeadingOutline.assertWellFormed(browser.driver());
        browser.checkAccessibility();
        browser.screenshot(screenshot);
    }

    private static void signIn(WebDriver driver, String user, String password) {
        assertTrue(driver.getCurrentUrl().endsWith("/pages/login"), driver.getCurrentUrl());
        field(driver, "Account name").sendKeys(user);
        field(driver, "Password").sendKeys(password);
        submit(driver, "Sign in");
        assertTrue(driver.findElement(By.cssSelector("header")).getText().contains("Signed in as " + user));
    }

    private static void signOut(WebDriver driver) {
        browser.open("/pages/logout");
        submit(driver, "Sign out");
    }

    /** Presses the button from the keyboard and waits for the next page (as ReviewWorkflowBrowserTest does). */
    private static void submit(WebDriver driver, String button) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.registryTestMark = true");
        driver.findElement(By.xpath("//button[normalize-space()='" + button + "']")).sendKeys(Keys.ENTER);
        browser.waitUpTo(PAGE_LOAD).until(d -> Boolean.TRUE.equals(
                js.executeScript("return window.registryTestMark === undefined && document.readyState === 'complete'")));
    }

    private static WebElement field(WebDriver driver, String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        return driver.findElement(By.id(labelElement.getDomAttribute("for")));
    }
}
