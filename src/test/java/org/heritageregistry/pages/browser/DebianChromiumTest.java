package org.heritageregistry.pages.browser;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A machine without Chromium skips the browser tests, except where CI requires them (REGISTRY_BROWSER_TESTS=required). */
class DebianChromiumTest {

    @Test
    void aMissingBrowserSkipsOrFailsNamingThePackagesToInstall() {
        var missing = new DebianChromium(Path.of("/nonexistent/chromium"), Path.of("/nonexistent/chromedriver"));
        Class<? extends Throwable> expected = DebianChromium.required() ? AssertionFailedError.class : TestAbortedException.class;
        Throwable refusal = assertThrows(expected, missing::assumeInstalled);
        assertTrue(refusal.getMessage().contains("apt-get install chromium chromium-driver"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("/nonexistent/chromedriver"), "it names what is missing: " + refusal.getMessage());
    }

    @Test
    void executablesThatArePresentAreAccepted() {
        var present = new DebianChromium(Path.of("/bin/sh"), Path.of("/bin/sh"));
        assertDoesNotThrow(present::assumeInstalled);
    }
}
