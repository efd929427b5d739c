package org.heritageregistry.pages.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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

    private static final BrowserUser user = new BrowserUser(browser);

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
        user.checkPage("workflow-2-sign-in");
        user.signIn("curator");
        assertTrue(driver.getCurrentUrl().endsWith("/pages/reports/new?monument=" + monument), driver.getCurrentUrl());
        assertEquals(monument, user.field("Monument id").getDomProperty("value"));
        user.checkPage("workflow-3-report-form");

        // sent with nothing chosen: the errors are listed on top and beside their fields
        user.submit("Submit the report");
        List<WebElement> summary = driver.findElements(By.cssSelector(".error-summary li"));
        assertTrue(summary.size() >= 4, "condition, causes, event date, certainty and source are missing: " + summary.size());
        assertEquals("true", user.field("Condition claimed").getDomAttribute("aria-invalid"));
        user.checkPage("workflow-4-report-form-errors");

        new Select(user.field("Condition claimed")).selectByValue("DESTROYED");
        driver.findElement(By.id("f-cause-EXPLOSIVES")).sendKeys(Keys.SPACE);
        user.field("When it happened").sendKeys("2015-08-30");
        new Select(user.field("How sure the source was")).selectByValue("HIGH");
        new Select(user.field("Source")).selectByVisibleText(sourceName + " (NEWS_AGENCY)");
        user.field("Summary (optional)").sendKeys("Satellite imagery and witnesses: the cella was blown up.");
        user.submit("Submit the report");
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().startsWith("Recorded."), "the confirmation");
        String reportPath = driver.getCurrentUrl().replaceAll("^.*(/pages/reports/[0-9a-f-]{36}).*$", "$1");
        assertEquals("UNVERIFIED", driver.findElement(By.cssSelector("dd.status")).getText());
        browser.checkAccessibility();
        browser.screenshot("workflow-5-report-submitted");
        user.signOut();

        // the reviewer finds it in the queue and verifies it with satellite imagery
        browser.open("/pages/login");
        user.signIn("reviewer");
        browser.open("/pages/review");
        user.checkPage("workflow-6-review-queue");
        String reportId = reportPath.substring(reportPath.lastIndexOf('/') + 1);
        driver.findElement(By.cssSelector("a[href='/pages/review/decision?report=" + reportId + "']")).click();
        user.await(ExpectedConditions.urlContains("/pages/review/decision"));
        user.checkPage();
        driver.findElement(By.id("f-status-VERIFIED")).sendKeys(Keys.SPACE);
        user.field("Rationale").sendKeys("UNOSAT imagery of 31 August 2015 shows the cella destroyed.");
        new Select(user.field("Kind")).selectByValue("SATELLITE_IMAGE");
        user.field("What it shows").sendKeys("UNITAR/UNOSAT analysis of imagery of 31 Aug 2015");
        browser.screenshot("workflow-7-decision-form");
        user.submit("Record the decision");
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
        user.checkPage();
        user.field("Rationale").sendKeys("Both fit the video of July 2015: 'more than 20' is the less precise count.");
        browser.screenshot("workflow-9-settlement-form");
        user.submit("Settle the conflict");
        assertEquals("SETTLED", driver.findElement(By.cssSelector("dd.state")).getText());
        browser.checkAccessibility();
        user.signOut();
    }
}
