package org.heritageregistry.pages.browser;

import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The page's headings as a screen reader lists them: one h1 first, and no level skipped on the way down. */
public final class HeadingOutline {

    private HeadingOutline() {
    }

    public static void assertWellFormed(WebDriver driver) {
        List<WebElement> headings = driver.findElements(By.cssSelector("h1, h2, h3, h4, h5, h6"));
        String page = driver.getCurrentUrl();
        Assertions.assertFalse(headings.isEmpty(), "no heading on " + page);
        Assertions.assertEquals(1, headings.stream().filter(h -> level(h) == 1).count(), "exactly one h1 on " + page);
        int previous = 0;
        for (WebElement heading : headings) {
            int level = level(heading);
            int expectedAtMost = previous + 1;
            Assertions.assertTrue(level <= expectedAtMost,
                    () -> "on " + page + ", h" + level + " \"" + heading.getText() + "\" follows h" + (expectedAtMost - 1) + ": a level is skipped");
            previous = level;
        }
    }

    private static int level(WebElement heading) {
        return Integer.parseInt(heading.getTagName().substring(1));
    }
}
