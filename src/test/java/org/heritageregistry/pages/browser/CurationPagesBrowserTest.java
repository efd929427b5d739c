package org.heritageregistry.pages.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
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

    private static final BrowserUser user = new BrowserUser(browser);

    @Test
    void aCuratorSearchesAndRegistersASourceAndTheFormsPassTheAccessibilityChecks() {
        WebDriver driver = browser.driver();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String other = Api.newSource(false);

        browser.open("/pages/sources");
        user.field("Name or other spelling contains").sendKeys("Test source", Keys.ENTER);
        user.await(d -> d.getCurrentUrl().contains("q=Test"));
        assertTrue(driver.findElements(By.cssSelector("table.sources a")).size() > 0, "the test sources are found");
        user.checkPage("sources-search");

        browser.open("/pages/sources/new");
        user.signIn("curator");
        assertTrue(driver.getCurrentUrl().endsWith("/pages/sources/new"), driver.getCurrentUrl());
        user.checkPage("source-form");
        user.submit("Register the source");
        assertTrue(driver.findElements(By.cssSelector(".error-summary li")).size() >= 3, "name, kind and reliability are missing");
        assertEquals("true", user.field("Name").getDomAttribute("aria-invalid"));
        user.checkPage("source-form-errors");

        user.field("Name").sendKeys("Browser agency " + tag);
        user.field("Other spellings (one a line, optional)").sendKeys("Agence navigateur " + tag);
        new Select(user.field("Kind")).selectByValue("NEWS_AGENCY");
        new Select(user.field("Reliability (Admiralty scale)")).selectByValue("B");
        user.submit("Register the source");
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().startsWith("Registered."));
        assertEquals("Browser agency " + tag, driver.findElement(By.tagName("h1")).getText());
        String id = driver.getCurrentUrl().replaceAll("^.*/pages/sources/([0-9a-f-]{36}).*$", "$1");
        user.checkPage("source-page");

        browser.open("/pages/sources/edit?source=" + id);
        user.checkPage("source-edit-form");
        browser.open("/pages/sources/merge?source=" + id + "&into=" + other);
        assertTrue(driver.findElement(By.cssSelector("ul.effects")).getText().contains("Browser agency " + tag));
        user.checkPage("source-merge-preview");
        user.signOut();
    }

    @Test
    void anAccountHolderMakesATokenAndAnAdminReadsTheAccounts() {
        WebDriver driver = browser.driver();
        String username = "page-browser-" + UUID.randomUUID().toString().substring(0, 8);
        String password = username + " passphrase";
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body(Map.of("username", username, "password", password, "roles", List.of("curator")))
                .post("/api/v1/accounts").then().statusCode(201);

        browser.open("/pages/account");
        user.signIn(username, password);
        assertEquals("My account: " + username, driver.findElement(By.tagName("h1")).getText());
        user.checkPage("my-account");
        user.submit("Change the password");
        assertEquals("true", user.field("Current password").getDomAttribute("aria-invalid"));
        user.checkPage("my-account-password-errors");

        user.field("Name").sendKeys("Browser token");
        driver.findElement(By.id("f-scope-read")).sendKeys(Keys.SPACE);
        user.submit("Make the token");
        assertTrue(driver.findElement(By.id("token-secret")).getDomProperty("value").startsWith("hr_"));
        user.checkPage("token-issued");
        user.signOut();

        browser.open("/pages/accounts");
        user.signIn("admin");
        assertTrue(driver.findElements(By.cssSelector("tr[data-account='" + username + "']")).size() == 1
                || driver.findElements(By.cssSelector("a[rel=next]")).size() == 1, "the new account is listed, or on a later page");
        user.checkPage("accounts");
        browser.open("/pages/accounts/edit?account=" + username);
        user.checkPage("account-edit");
        user.signOut();
    }
}
