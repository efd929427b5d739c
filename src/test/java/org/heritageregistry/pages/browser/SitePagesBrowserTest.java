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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The site pages in a real browser: the map draws the monuments as Leaflet markers with no tile
 * server configured (the tests' default), the approximate ones marked, the site's boundary as an
 * outline; and the site and monument forms, their error state included, pass axe-core's WCAG
 * checks and the heading outline. Screenshots go to target/screenshots.
 */
@QuarkusTest
@DatabaseIndependent("Leaflet, keyboard use and WCAG checks in a real browser; the writes are the API's")
class SitePagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final BrowserUser user = new BrowserUser(browser);

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String apiSite(String name) {
        String id = uniqueId("site");
        Api.as(Api.CURATOR).contentType(ContentType.JSON).body(Map.of("id", id, "name", name, "country", "IQ",
                "names", List.of(Map.of("name", "الحضر", "lang", "ar")),
                "boundary", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(42.71, 35.59), List.of(42.73, 35.59), List.of(42.73, 35.57),
                        List.of(42.71, 35.57), List.of(42.71, 35.59))))))
                .post("/api/v1/sites").then().statusCode(201);
        return id;
    }

    private static void apiMonument(String id, String siteId, String name, Double latitude, Double longitude, String certainty) {
        var body = new java.util.HashMap<String, Object>(Map.of("id", id, "siteId", siteId, "name", name, "category", "TEMPLE"));
        if (latitude != null) {
            body.put("location", Map.of("latitude", latitude, "longitude", longitude));
            body.put("locationCertainty", certainty);
        }
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/monuments").then().statusCode(201);
    }

    @Test
    void theSitePageDrawsItsMonumentsAsMarkersWithoutTiles() {
        WebDriver driver = browser.driver();
        String site = apiSite("Hatra (test)");
        String temple = uniqueId("temple");
        String shrine = uniqueId("shrine");
        apiMonument(temple, site, "Great Temple", 35.588, 42.718, "HIGH");
        apiMonument(shrine, site, "Small shrine", 35.581, 42.724, "LOW");
        apiMonument(uniqueId("stele"), site, "Stele without a place", null, null, null);

        browser.open("/pages/sites/" + site);
        user.await(d -> d.findElements(By.cssSelector("#site-map .leaflet-marker-icon")).size() == 2);
        assertTrue(driver.findElement(By.id("site-map")).getDomAttribute("class").contains("leaflet-container"), "Leaflet ran");
        assertEquals(List.of(), driver.findElements(By.cssSelector("#site-map img.leaflet-tile")), "no tiles: none configured");
        WebElement approximate = driver.findElement(By.cssSelector("#site-map .leaflet-marker-icon.approximate"));
        assertEquals(shrine, approximate.getDomAttribute("data-monument"));
        assertTrue(approximate.getDomAttribute("alt").contains("approximate location"), approximate.getDomAttribute("alt"));
        WebElement sure = driver.findElement(By.cssSelector("#site-map .leaflet-marker-icon[data-monument='" + temple + "']"));
        assertTrue(sure.getRect().getWidth() > 0 && sure.isDisplayed(), "the marker is drawn");
        assertTrue(driver.findElements(By.cssSelector("#site-map .leaflet-overlay-pane path")).size() >= 2,
                "the boundary and the approximate location's circle are drawn");
        assertEquals("rtl", driver.findElement(By.cssSelector("ul.names [lang='ar']")).getCssValue("direction"));

        // a marker opens from the keyboard and links to its monument
        sure.sendKeys(Keys.ENTER);
        WebElement link = user.await(d -> d.findElement(By.cssSelector(".leaflet-popup-content a")));
        assertEquals("/pages/monuments/" + temple, link.getDomAttribute("href"));

        user.checkPage("site-page-map");
    }

    @Test
    void theCurationFormsPassTheAccessibilityChecksErrorsIncluded() {
        WebDriver driver = browser.driver();
        String site = apiSite("Nimrud (test)");
        String other = apiSite("Nineveh (test)");
        String monument = uniqueId("palace");
        apiMonument(monument, site, "North-West Palace", 36.098, 43.328, "HIGH");

        browser.open("/pages/sites/edit?site=" + site);
        user.signIn("curator");
        assertTrue(driver.getCurrentUrl().endsWith("/pages/sites/edit?site=" + site), driver.getCurrentUrl());
        user.checkPage();
        WebElement country = user.field("Country");
        country.clear();
        country.sendKeys("Iraq");
        user.submit("Save the changes");
        assertEquals("true", user.field("Country").getDomAttribute("aria-invalid"));
        assertTrue(driver.findElement(By.cssSelector(".error-summary")).getText().contains("country"));
        user.checkPage("site-form-errors");
        user.field("Country").clear();
        user.field("Country").sendKeys("IQ");
        user.field("Description (optional)").sendKeys("The Assyrian city of Kalhu.");
        user.submit("Save the changes");
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().contains("recorded"));

        browser.open("/pages/monuments/edit?monument=" + monument);
        user.checkPage();
        new Select(user.field("Site")).selectByValue(other);
        new Select(user.field("Location certainty")).selectByValue("LOW");
        browser.screenshot("monument-form");
        user.submit("Save the changes");
        assertTrue(driver.getCurrentUrl().contains("/pages/sites/" + other), driver.getCurrentUrl());
        assertEquals(1, driver.findElements(By.cssSelector("tr[data-monument='" + monument + "'] .approximate")).size(), "moved, approximate");
        user.await(d -> d.findElements(By.cssSelector("#site-map .leaflet-marker-icon.approximate")).size() == 1);
        browser.checkAccessibility();
        user.signOut();

        browser.open("/pages/login");
        user.signIn("admin");
        browser.open("/pages/sites/new");
        user.checkPage();
        browser.open("/pages/monuments/new?site=" + other);
        user.submit("Add the monument");
        assertTrue(driver.findElements(By.cssSelector(".error-summary li")).size() >= 3, "id, name and category are missing");
        user.checkPage("monument-form-errors");
        browser.open("/pages/sites/retire?site=" + site);
        user.checkPage();
        user.signOut();
    }
}
