package org.heritageregistry.pages.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The end to end: in a real browser a curator signs in and submits a report with the form
 * (first getting its errors), a reviewer signs in, finds it in the queue and verifies it, and the
 * monument page's timeline gains the established step. Every page on the way is screenshot and
 * checked with axe-core, the error states included.
 */
@QuarkusTest
@DatabaseIndependent("the pages end to end in a real browser; the writes are the API's, tested on PostgreSQL there")
class ReviewWorkflowBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Duration PAGE_LOAD = Duration.ofSeconds(15);

    @Test
    void aCuratorSubmitsAReviewerVerifiesAndTheTimelineChanges() {
        WebDriver driver = browser.driver();
        String monument = Api.newMonument();
        String sourceName = Api.anonymous().get("/api/v1/sources/" + Api.newSource(false)).then().statusCode(200).extract().path("name");

        browser.open("/pages/monuments/" + monument);
        assertEquals(List.of(), driver.findElements(By.cssSelector("svg.timeline")), "no claim yet, so no chart");
        browser.screenshot("workflow-1-monument-before");

        // the form needs an account: sign-in first, then back to the form
        browser.open("/pages/reports/new?monument=" + monument);
        assertTrue(driver.getCurrentUrl().endsWith("/pages/login"), driver.getCurrentUrl());
        HeadingOutline.assertWellFormed(driver);
        browser.checkAccessibility();
        browser.screenshot("workflow-2-sign-in");
        signIn(driver, "curator");
        assertTrue(driver.getCurrentUrl().endsWith("/pages/reports/new?monument=" + monument), driver.getCurrentUrl());
        assertEquals(monument, field(driver, "Monument id").getDomProperty("value"));
        HeadingOutline.assertWellFormed(driver);
        browser.checkAccessibility();
        browser.screenshot("workflow-3-report-form");

        // sent with nothing chosen: the errors are listed on top and beside their fields
        submit(driver, "Submit the report");
        List<WebElement> summary = driver.findElements(By.cssSelector(".error-summary li"));
        assertTrue(summary.size() >= 4, "condition, causes, event date, certainty and source are missing: " + summary.size());
        assertEquals("true", field(driver, "Condition claimed").getDomAttribute("aria-invalid"));
        HeadingOutline.assertWellFormed(driver);
        browser.checkAccessibility();
        browser.screenshot("workflow-4-report-form-errors");

        new Select(field(driver, "Condition claimed")).selectByValue("DESTROYED");
        driver.findElement(By.id("f-cause-EXPLOSIVES")).sendKeys(Keys.SPACE);
        field(driver, "When it happened").sendKeys("2015-08-30");
        new Select(field(driver, "How sure the source was")).selectByValue("HIGH");
        new Select(field(driver, "Source")).selectByVisibleText(sourceName + " (NEWS_AGENCY)");
        field(driver, "Summary (optional)").sendKeys("Satellite imagery and witnesses: the cella was blown up.");
        submit(driver, "Submit the report");
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().startsWith("Recorded."), "the confirmation");
        String reportPath = driver.getCurrentUrl().replaceAll("^.*(/pages/reports/[0-9a-f-]{36}).*$", "$1");
        assertEquals("UNVERIFIED", driver.findElement(By.cssSelector("dd.status")).getText());
        browser.checkAccessibility();
        browser.screenshot("workflow-5-report-submitted");
        signOut(driver);

        // the reviewer finds it in the queue and verifies it with satellite imagery
        browser.open("/pages/login");
        signIn(driver, "reviewer");
        browser.open("/pages/review");
        HeadingOutline.assertWellFormed(driver);
        browser.checkAccessibility();
        browser.screenshot("workflow-6-review-queue");
        String reportId = reportPath.substring(reportPath.lastIndexOf('/') + 1);
        driver.findElement(By.cssSelector("a[href='/pages/review/decision?report=" + reportId + "']")).click();
        browser.waitUpTo(PAGE_LOAD).until(ExpectedConditions.urlContains("/pages/review/decision"));
        HeadingOutline.assertWellFormed(driver);
        browser.checkAccessibility();
        driver.findElement(By.id("f-status-VERIFIED")).sendKeys(Keys.SPACE);
        field(driver, "Rationale").sendKeys("UNOSAT imagery of 31 August 2015 shows the cella destroyed.");
        new Select(field(driver, "Kind")).selectByValue("SATELLITE_IMAGE");
        field(driver, "What it shows").sendKeys("UNITAR/UNOSAT analysis of imagery of 31 Aug 2015");
        browser.screenshot("workflow-7-decision-form");
        submit(driver, "Record the decision");
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().contains("VERIFIED"));
        assertEquals("VERIFIED", driver.findElement(By.cssSelector("dd.status")).getText());

        // the monument page now draws the established step
        browser.open("/pages/monuments/" + monument);
        WebElement band = driver.findElement(By.cssSelector("svg.timeline g.step"));
        assertEquals("DESTROYED", band.getDomAttribute("data-condition"));
        assertTrue(band.findElement(By.tagName("rect")).getRect().getWidth() > 0, "the band is drawn");
        assertEquals("VERIFIED", driver.findElement(By.cssSelector("svg.timeline g.claim")).getDomAttribute("data-status"));
        assertEquals("DESTROYED", driver.findElement(By.cssSelector(".current-condition")).getText());
        browser.checkAccessibility();
        browser.screenshot("workflow-8-monument-after");

        // two counts of the same executions disagree; the reviewer settles the conflict with a rationale
        var exact = Api.incident(monument, "MISUSE", Api.newSource(false), "2015-05-21/2015-10-27");
        exact.put("count", Api.count(25, "EXACTLY", "Syrian soldiers killed"));
        var bounded = Api.incident(monument, "MISUSE", Api.newSource(false), "2015-07");
        bounded.put("count", Api.count(20, "MORE_THAN", "captured soldiers executed"));
        Api.submit(Api.CURATOR, exact);
        Api.submit(Api.CURATOR, bounded);
        String conflict = Api.anonymous().queryParam("monument", monument).queryParam("kind", "COUNT").get("/api/v1/conflicts").then()
                .statusCode(200).extract().path("items[0].id");
        browser.open("/pages/review/settlement?conflict=" + conflict);
        HeadingOutline.assertWellFormed(driver);
        browser.checkAccessibility();
        field(driver, "Rationale").sendKeys("Both fit the video of July 2015: 'more than 20' is the less precise count.");
        browser.screenshot("workflow-9-settlement-form");
        submit(driver, "Settle the conflict");
        assertEquals("SETTLED", driver.findElement(By.cssSelector("dd.state")).getText());
        browser.checkAccessibility();
        signOut(driver);
    }

    private static void signIn(WebDriver driver, String user) {
        field(driver, "Account name").sendKeys(user);
        field(driver, "Password").sendKeys(user + "-demo");
        submit(driver, "Sign in");
        assertTrue(!driver.getCurrentUrl().contains("/pages/login"), "signed in: " + driver.getCurrentUrl());
        assertTrue(driver.findElement(By.cssSelector("header")).getText().contains("Signed in as " + user));
    }

    private static void signOut(WebDriver driver) {
        browser.open("/pages/logout");
        submit(driver, "Sign out");
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().contains("signed out"));
    }

    /**
     * Presses the button from the keyboard, as a person without a mouse would, and waits for the
     * next page: a mark left on this page's window is gone once another page has loaded (asking
     * an element of the old page whether it is stale can race the navigation).
     */
    private static void submit(WebDriver driver, String button) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.registryTestMark = true");
        driver.findElement(By.xpath("//button[normalize-space()='" + button + "']")).sendKeys(Keys.ENTER);
        browser.waitUpTo(PAGE_LOAD).until(d -> Boolean.TRUE.equals(
                js.executeScript("return window.registryTestMark === undefined && document.readyState === 'complete'")));
    }

    /** The field a person finds by its label's text. */
    private static WebElement field(WebDriver driver, String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        return driver.findElement(By.id(labelElement.getDomAttribute("for")));
    }
}
